package vn.congressplanner.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congressplanner.account.Actor;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.notification.internal.AccountExtras;
import vn.congressplanner.notification.internal.MailOutbox;
import vn.congressplanner.notification.internal.NotificationStore;
import vn.congressplanner.notification.internal.NotificationStore.NewNotification;

/**
 * Stores one notification and, when the recipient takes e-mail, its mail in the outbox, in one
 * transaction: a notification that already exists (same subject, recipient, kind, day and
 * occurrence) is neither stored nor mailed again.
 */
@Component
class Notifier {

  private final NotificationStore store;
  private final AccountExtras extras;
  private final MailOutbox outbox;
  private final MailComposer composer;
  private final Clock clock;

  Notifier(
      NotificationStore store,
      AccountExtras extras,
      MailOutbox outbox,
      MailComposer composer,
      Clock clock) {
    this.store = store;
    this.extras = extras;
    this.outbox = outbox;
    this.composer = composer;
    this.clock = clock;
  }

  /**
   * @return whether the notification is new
   */
  @Transactional
  public boolean deliver(
      NotificationKind kind,
      long subjectId,
      String title,
      Clearance confidentiality,
      Actor recipient,
      LocalDate day,
      long occurrence,
      List<String> args) {
    if (kind.aboutTask() && !recipient.canSee(confidentiality)) {
      // For this user the task does not exist (SPEC §2.6): no notification at all.
      return false;
    }
    Optional<Long> id =
        store.insertIfAbsent(
            new NewNotification(
                recipient.userId(),
                kind.name(),
                kind.subjectType(),
                subjectId,
                day,
                occurrence,
                "notification." + kind.name(),
                args),
            clock.instant());
    if (id.isEmpty()) {
      return false;
    }
    extras
        .preference(recipient.userId())
        .mailTo()
        .ifPresent(
            to -> {
              MailComposer.Mail mail =
                  composer.compose(
                      kind, subjectId, title, confidentiality, recipient.fullName(), args);
              outbox.enqueue(
                  id.get(), to, mail.subject(), mail.text(), mail.html(), clock.instant());
            });
    return true;
  }
}
