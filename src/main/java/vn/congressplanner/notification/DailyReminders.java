package vn.congressplanner.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congressplanner.account.AccountService;
import vn.congressplanner.account.Actor;
import vn.congressplanner.account.UserAccount;
import vn.congressplanner.milestone.MilestoneService;
import vn.congressplanner.notification.ReminderRules.OpenMilestone;
import vn.congressplanner.notification.ReminderRules.Reminder;
import vn.congressplanner.notification.internal.NotificationStore;
import vn.congressplanner.system.Today;
import vn.congressplanner.task.TaskDeadlines;
import vn.congressplanner.task.TaskDeadlines.OpenTask;

/**
 * The daily reminder run (SPEC §2.11): each morning (cron {@code planner.reminders.cron} in the
 * congress time zone) and at start-up, it runs every day from the one after the last completed day
 * up to "today" (the injected clock, so {@code planner.today} drives it), at most {@code
 * max-catch-up-days} back. A day is marked completed only when all its reminders are stored.
 *
 * <p>Exactly once: every reminder is an insert that the unique key {@code (subject, recipient,
 * kind, day)} of {@code notification} turns into a no-op when it exists, and its e-mail is queued
 * in the same transaction only when the insert happened. That key alone already makes the run
 * idempotent and safe with several instances: two runs at once (two instances, or a catch-up racing
 * the cron) compute the same reminders and the database keeps one of each — the second insert waits
 * for the first's commit and then does nothing. ShedLock's lock (a row in {@code shedlock}) is
 * there on top so that only one instance does the work each morning, instead of every instance
 * computing the same reminders for nothing.
 */
@Service
public class DailyReminders {

  private static final Logger log = LoggerFactory.getLogger(DailyReminders.class);

  /** What a run did. */
  public record Result(List<LocalDate> days, int created) {}

  private final TaskDeadlines tasks;
  private final MilestoneService milestones;
  private final AccountService accounts;
  private final NotificationStore store;
  private final Notifier notifier;
  private final ReminderProperties settings;
  private final ReminderRules rules;
  private final Today today;
  private final Clock clock;
  private final TransactionTemplate readOnly;

  DailyReminders(
      TaskDeadlines tasks,
      MilestoneService milestones,
      AccountService accounts,
      NotificationStore store,
      Notifier notifier,
      ReminderProperties settings,
      Today today,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.tasks = tasks;
    this.milestones = milestones;
    this.accounts = accounts;
    this.store = store;
    this.notifier = notifier;
    this.settings = settings;
    this.rules = new ReminderRules(settings);
    this.today = today;
    this.clock = clock;
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
  }

  /**
   * The scheduled run, also called at start-up: every day not completed yet up to today. Answers
   * {@code null} when another instance holds the lock (ShedLock skips the call).
   */
  @Scheduled(cron = "${planner.reminders.cron:0 0 7 * * *}", zone = "${planner.zone}")
  @SchedulerLock(name = "daily-reminders", lockAtMostFor = "PT30M")
  public Result runDue() {
    LocalDate until = today.date();
    java.util.Optional<LocalDate> last = store.lastCompletedDay();
    LocalDate from = last.map(d -> d.plusDays(1)).orElse(until);
    LocalDate earliest = until.minusDays(Math.max(0, settings.maxCatchUpDays() - 1));
    if (from.isBefore(earliest)) {
      from = earliest;
    }
    List<LocalDate> days = new ArrayList<>();
    int created = 0;
    for (LocalDate day = from; !day.isAfter(until); day = day.plusDays(1)) {
      created += runFor(day, last.isEmpty() && days.isEmpty());
      days.add(day);
    }
    if (!days.isEmpty()) {
      log.info(
          "Reminders for {} day(s) up to {}: {} new notification(s)", days.size(), until, created);
    }
    return new Result(days, created);
  }

  /**
   * Stores the reminders of one day (idempotent: a second run adds nothing) and marks the day
   * completed when none failed; a failure is logged and the day is run again next time.
   *
   * @return how many notifications are new
   */
  public int runFor(LocalDate day) {
    return runFor(day, false);
  }

  /**
   * @param firstRun the very first run: everything already overdue or due soon is told once (see
   *     {@link ReminderRules})
   */
  int runFor(LocalDate day, boolean firstRun) {
    Snapshot snapshot = readOnly.execute(s -> snapshot());
    List<Reminder> reminders =
        rules.on(day, snapshot.tasks(), snapshot.milestones(), snapshot.users(), firstRun);
    int created = 0;
    int failed = 0;
    for (Reminder r : reminders) {
      try {
        if (notifier.deliver(
            r.kind(),
            r.subjectId(),
            snapshot.title(r),
            r.confidentiality(),
            r.recipient(),
            r.day(),
            0L,
            r.args())) {
          created++;
        }
      } catch (RuntimeException e) {
        failed++;
        log.warn(
            "Reminder {} of {} for {} not stored: {}",
            r.kind(),
            r.subjectId(),
            r.recipient().username(),
            e.toString());
      }
    }
    if (failed == 0) {
      store.markCompleted(day, clock.instant());
    }
    return created;
  }

  private record Snapshot(List<OpenTask> tasks, List<OpenMilestone> milestones, List<Actor> users) {

    String title(Reminder r) {
      if (r.kind().aboutTask()) {
        return tasks.stream()
            .filter(t -> t.id() == r.subjectId())
            .map(OpenTask::title)
            .findFirst()
            .orElse("");
      }
      return milestones.stream()
          .filter(m -> m.id() == r.subjectId())
          .map(OpenMilestone::title)
          .findFirst()
          .orElse("");
    }
  }

  private Snapshot snapshot() {
    List<Actor> users =
        accounts.all().stream().filter(UserAccount::isEnabled).map(UserAccount::toActor).toList();
    List<OpenMilestone> open =
        milestones.ofCurrentCongress().stream()
            .filter(m -> m.awaitsSubmission())
            .map(
                m ->
                    new OpenMilestone(
                        m.getId(),
                        m.getTitle(),
                        m.getDueDate(),
                        m.getResponsibleDepartment().getId()))
            .toList();
    return new Snapshot(tasks.openTasksOfCurrentCongress(), open, users);
  }
}
