package vn.congressplanner.notification;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import vn.congressplanner.account.Actor;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.account.Role;
import vn.congressplanner.task.TaskDeadlines.OpenTask;

/**
 * Who is reminded of what on a day (SPEC §2.11), as a pure function of the day, the open tasks and
 * milestones and the users: no database, no clock, so that each rule is tested at its edges.
 *
 * <ul>
 *   <li>due soon: N days before the deadline (N in {@code dueSoonDays}) to the users of the lead
 *       and cooperating departments;
 *   <li>overdue: on the first day overdue and then every {@code repeatOverdueDays} to the lead
 *       department's users;
 *   <li>escalation: from {@code escalateAfterDays} overdue, on that day and then every {@code
 *       repeatOverdueDays}, to the users with role LEADER;
 *   <li>milestones awaiting submission: the same due-soon and overdue days, to the responsible
 *       department's users.
 * </ul>
 *
 * A user never hears of a task above their clearance: for them it does not exist.
 *
 * <p>The very first run (no day completed yet: reminders just switched on, or a new installation)
 * tells everyone once of everything that already stands: every overdue task and milestone and every
 * deadline within the due-soon window, not only those on a reminder day; from the next day on the
 * days above hold.
 */
final class ReminderRules {

  /** A milestone that still awaits its submission. */
  record OpenMilestone(long id, String title, LocalDate dueDate, long responsibleDepartmentId) {}

  /** One reminder to one user; {@code args} fill the kind's message. */
  record Reminder(
      NotificationKind kind,
      long subjectId,
      Actor recipient,
      LocalDate day,
      Clearance confidentiality,
      List<String> args) {}

  private final ReminderProperties settings;

  ReminderRules(ReminderProperties settings) {
    this.settings = settings;
  }

  List<Reminder> on(
      LocalDate day, List<OpenTask> tasks, List<OpenMilestone> milestones, List<Actor> users) {
    return on(day, tasks, milestones, users, false);
  }

  List<Reminder> on(
      LocalDate day,
      List<OpenTask> tasks,
      List<OpenMilestone> milestones,
      List<Actor> users,
      boolean firstRun) {
    int window = settings.dueSoonDays().stream().mapToInt(Integer::intValue).max().orElse(0);
    List<Reminder> out = new ArrayList<>();
    for (OpenTask task : tasks) {
      long left = ChronoUnit.DAYS.between(day, task.deadline());
      List<String> args = List.of(Long.toString(Math.abs(left)), task.deadline().toString());
      Predicate<Actor> clearedFor = u -> u.canSee(task.confidentiality());
      if (left > 0 && (settings.dueSoonDays().contains((int) left) || firstRun && left <= window)) {
        Set<Long> departments = new HashSet<>(task.cooperatingDepartmentIds());
        departments.add(task.leadDepartmentId());
        users.stream()
            .filter(u -> u.departmentId() != null && departments.contains(u.departmentId()))
            .filter(clearedFor)
            .forEach(u -> out.add(reminder(NotificationKind.TASK_DUE_SOON, task, u, day, args)));
      }
      long overdue = -left;
      if (overdue >= 1 && (firstRun || (overdue - 1) % settings.repeatOverdueDays() == 0)) {
        users.stream()
            .filter(u -> u.belongsTo(task.leadDepartmentId()))
            .filter(clearedFor)
            .forEach(u -> out.add(reminder(NotificationKind.TASK_OVERDUE, task, u, day, args)));
      }
      int escalate = settings.escalateAfterDays();
      if (overdue >= escalate
          && (firstRun || (overdue - escalate) % settings.repeatOverdueDays() == 0)) {
        users.stream()
            .filter(u -> u.role() == Role.LEADER)
            .filter(clearedFor)
            .forEach(
                u ->
                    out.add(reminder(NotificationKind.TASK_OVERDUE_ESCALATED, task, u, day, args)));
      }
    }
    for (OpenMilestone milestone : milestones) {
      long left = ChronoUnit.DAYS.between(day, milestone.dueDate());
      long overdue = -left;
      NotificationKind kind = null;
      if (left > 0 && (settings.dueSoonDays().contains((int) left) || firstRun && left <= window)) {
        kind = NotificationKind.MILESTONE_DUE_SOON;
      } else if (overdue >= 1 && (firstRun || (overdue - 1) % settings.repeatOverdueDays() == 0)) {
        kind = NotificationKind.MILESTONE_OVERDUE;
      }
      if (kind == null) {
        continue;
      }
      List<String> args = List.of(Long.toString(Math.abs(left)), milestone.dueDate().toString());
      for (Actor u : users) {
        if (u.belongsTo(milestone.responsibleDepartmentId())) {
          out.add(new Reminder(kind, milestone.id(), u, day, Clearance.NORMAL, args));
        }
      }
    }
    return out;
  }

  private static Reminder reminder(
      NotificationKind kind, OpenTask task, Actor user, LocalDate day, List<String> args) {
    return new Reminder(kind, task.id(), user, day, task.confidentiality(), args);
  }
}
