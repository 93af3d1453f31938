package vn.congressplanner.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congressplanner.account.Actor;
import vn.congressplanner.milestone.Milestone;
import vn.congressplanner.milestone.MilestoneService;
import vn.congressplanner.notification.internal.AccountExtras;
import vn.congressplanner.notification.internal.AccountExtras.Preference;
import vn.congressplanner.notification.internal.NotificationStore;
import vn.congressplanner.system.NotFoundException;
import vn.congressplanner.system.Paging;
import vn.congressplanner.system.RuleViolation;
import vn.congressplanner.system.RuleViolationException;
import vn.congressplanner.system.Texts;
import vn.congressplanner.task.TaskDeadlines;
import vn.congressplanner.task.TaskDeadlines.TaskHead;

/**
 * A user's notifications (their own only) and e-mail preferences. A task's title is looked up when
 * the list is shown and shown only within the reader's clearance, so that a task classified after
 * the reminder still does not leak.
 */
@Service
@Transactional(readOnly = true)
public class NotificationService {

  public static final int PAGE_SIZE = 25;
  static final int MAX_EMAIL = 254;

  /** One notification as its recipient reads it; {@code link} is null when there is none. */
  public record View(
      long id,
      NotificationKind kind,
      String text,
      String link,
      Instant createdAt,
      boolean unread) {}

  private final NotificationStore store;
  private final AccountExtras extras;
  private final TaskDeadlines tasks;
  private final MilestoneService milestones;
  private final MessageSource messages;
  private final Clock clock;

  NotificationService(
      NotificationStore store,
      AccountExtras extras,
      TaskDeadlines tasks,
      MilestoneService milestones,
      MessageSource messages,
      Clock clock) {
    this.store = store;
    this.extras = extras;
    this.tasks = tasks;
    this.milestones = milestones;
    this.messages = messages;
    this.clock = clock;
  }

  public long unread(Actor actor) {
    return actor.userId() == null ? 0 : store.unread(actor.userId());
  }

  /** The actor's notifications, newest first, 25 a page. */
  public Page<View> page(Actor actor, int page) {
    PageRequest request = PageRequest.of(Paging.page(page), PAGE_SIZE);
    long total = store.count(actor.userId());
    List<NotificationStore.Row> rows =
        store.page(actor.userId(), (int) request.getOffset(), PAGE_SIZE);
    Set<Long> taskIds =
        rows.stream()
            .filter(r -> "TASK".equals(r.subjectType()))
            .map(NotificationStore.Row::subjectId)
            .collect(Collectors.toSet());
    Map<Long, TaskHead> heads = tasks.heads(taskIds);
    Map<Long, String> milestoneTitles = new HashMap<>();
    if (rows.stream().anyMatch(r -> "MILESTONE".equals(r.subjectType()))) {
      for (Milestone m : milestones.ofCurrentCongress()) {
        milestoneTitles.put(m.getId(), m.getTitle());
      }
    }
    Locale locale = LocaleContextHolder.getLocale();
    List<View> views = new ArrayList<>();
    for (NotificationStore.Row r : rows) {
      views.add(view(r, actor, heads, milestoneTitles, locale));
    }
    return new PageImpl<>(views, request, total);
  }

  private View view(
      NotificationStore.Row r,
      Actor actor,
      Map<Long, TaskHead> heads,
      Map<Long, String> milestoneTitles,
      Locale locale) {
    NotificationKind kind = NotificationKind.valueOf(r.kind());
    String title;
    String link;
    if (kind.aboutTask()) {
      TaskHead head = heads.get(r.subjectId());
      if (head == null || !actor.canSee(head.confidentiality())) {
        String hidden = messages.getMessage("notification.hidden", null, locale);
        return new View(r.id(), kind, hidden, null, r.createdAt(), r.unread());
      }
      title = head.title();
      link = "/tasks/" + r.subjectId();
    } else {
      title =
          milestoneTitles.getOrDefault(
              r.subjectId(), messages.getMessage("notification.milestoneGone", null, locale));
      link = "/milestones/" + r.subjectId();
    }
    String text =
        messages.getMessage(
            r.messageKey(), NotificationTexts.arguments(kind, title, r.arguments()), locale);
    return new View(r.id(), kind, text, link, r.createdAt(), r.unread());
  }

  /** Marks one of the actor's notifications read; another user's is a 404. */
  @Transactional
  public void markRead(long id, Actor actor) {
    if (store.markRead(id, actor.userId(), clock.instant()) == 0) {
      throw new NotFoundException("notification", id);
    }
  }

  @Transactional
  public int markAllRead(Actor actor) {
    return store.markAllRead(actor.userId(), clock.instant());
  }

  // ------------------------------------------------------------ preferences

  /** The actor's e-mail preferences: address (may be empty) and whether e-mail is on. */
  public record Preferences(String email, boolean emailEnabled) {}

  public Preferences preferences(Actor actor) {
    Preference p = extras.preference(actor.userId());
    return new Preferences(p.email(), p.emailEnabled());
  }

  /** Saves the preferences; an address that is not one is refused next to its field. */
  @Transactional
  public void savePreferences(Actor actor, String email, boolean emailEnabled) {
    String address = Texts.clean(email);
    List<RuleViolation> violations = new ArrayList<>();
    if (address != null
        && (address.length() > MAX_EMAIL || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
      violations.add(new RuleViolation("email", "notification.email.invalid"));
    }
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    extras.savePreference(actor.userId(), new Preference(address, emailEnabled), clock.instant());
  }
}
