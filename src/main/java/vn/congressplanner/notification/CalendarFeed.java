package vn.congressplanner.notification;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congressplanner.account.AccountService;
import vn.congressplanner.account.Actor;
import vn.congressplanner.account.UserAccount;
import vn.congressplanner.milestone.Milestone;
import vn.congressplanner.milestone.MilestoneService;
import vn.congressplanner.notification.internal.AccountExtras;
import vn.congressplanner.system.NotFoundException;
import vn.congressplanner.task.TaskDeadlines;
import vn.congressplanner.task.TaskDeadlines.DepartmentDeadline;

/**
 * The personal calendar feed (iCalendar): a secret token of 256 random bits, of which only the
 * SHA-256 is stored, opens {@code /calendar/{token}.ics} without a session. The feed holds the
 * deadlines of the tasks the user's department leads or cooperates on and of the milestones it is
 * responsible for, as all-day events; a classified task never appears in it, whatever the user's
 * clearance, because a phone's calendar is outside the application's protection.
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeed {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final AccountExtras extras;
  private final AccountService accounts;
  private final TaskDeadlines tasks;
  private final MilestoneService milestones;
  private final ReminderProperties settings;
  private final MessageSource messages;
  private final Clock clock;

  CalendarFeed(
      AccountExtras extras,
      AccountService accounts,
      TaskDeadlines tasks,
      MilestoneService milestones,
      ReminderProperties settings,
      MessageSource messages,
      Clock clock) {
    this.extras = extras;
    this.accounts = accounts;
    this.tasks = tasks;
    this.milestones = milestones;
    this.settings = settings;
    this.messages = messages;
    this.clock = clock;
  }

  /** When the actor's current feed address was made, if they have one. */
  public Optional<Instant> createdAt(Actor actor) {
    return extras.calendarCreatedAt(actor.userId());
  }

  /**
   * Makes a new secret address for the actor; the old one stops working.
   *
   * @return the token, to show once (only its hash is kept)
   */
  @Transactional
  public String renew(Actor actor) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    extras.saveCalendarToken(actor.userId(), hash(token), clock.instant());
    return token;
  }

  @Transactional
  public void revoke(Actor actor) {
    extras.deleteCalendarToken(actor.userId());
  }

  public String url(String token) {
    return settings.baseUrl() + "/calendar/" + token + ".ics";
  }

  /** The feed of the token's user; 404 for an unknown or revoked token or a disabled user. */
  public String feed(String token) {
    if (token == null || token.length() < 20 || token.length() > 100) {
      throw new NotFoundException("calendar", 0L);
    }
    long userId =
        extras.calendarUser(hash(token)).orElseThrow(() -> new NotFoundException("calendar", 0L));
    UserAccount user = accounts.get(userId);
    if (!user.isEnabled()) {
      throw new NotFoundException("calendar", userId);
    }
    long department = user.getDepartment().getId();
    Locale vi = MailComposer.VIETNAMESE;
    ICalendar ical = new ICalendar();
    ical.setProductId("-//Congress Planner//Ke hoach Dai hoi//VI");
    ical.setName(messages.getMessage("calendar.name", null, vi));
    for (DepartmentDeadline d : tasks.unclassifiedDeadlinesOf(department)) {
      VEvent event =
          allDay(
              d.deadline(),
              messages.getMessage("calendar.task", new Object[] {d.title()}, vi),
              "task-" + d.id(),
              settings.baseUrl() + "/tasks/" + d.id());
      event.setDescription(
          messages.getMessage(
              d.lead() ? "calendar.task.lead" : "calendar.task.cooperating",
              new Object[] {messages.getMessage("taskStatus." + d.status(), null, vi)},
              vi));
      ical.addEvent(event);
    }
    for (Milestone m : milestones.ofCurrentCongress()) {
      if (m.getResponsibleDepartment().getId() == department) {
        ical.addEvent(
            allDay(
                m.getDueDate(),
                messages.getMessage("calendar.milestone", new Object[] {m.getTitle()}, vi),
                "milestone-" + m.getId(),
                settings.baseUrl() + "/milestones/" + m.getId()));
      }
    }
    return Biweekly.write(ical).go();
  }

  private VEvent allDay(LocalDate day, String summary, String uid, String url) {
    VEvent event = new VEvent();
    event.setSummary(summary);
    event.setDateStart(new DateStart(date(day), false));
    event.setDateEnd(new DateEnd(date(day.plusDays(1)), false));
    event.setUid(uid + "@congress-planner");
    event.setUrl(url);
    event.setDateTimeStamp(Date.from(clock.instant()));
    return event;
  }

  /** biweekly writes a date-only value in the JVM's zone: give it midnight of that zone. */
  private static Date date(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
