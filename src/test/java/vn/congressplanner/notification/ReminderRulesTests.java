package vn.congressplanner.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.congressplanner.account.Actor;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.account.Role;
import vn.congressplanner.notification.ReminderRules.OpenMilestone;
import vn.congressplanner.notification.ReminderRules.Reminder;
import vn.congressplanner.task.TaskDeadlines.OpenTask;

/** Each reminder rule at its edges: the day before, the day of and the day after. */
class ReminderRulesTests {

  static final long LEAD = 1;
  static final long COOP = 2;
  static final long OTHER = 3;
  static final LocalDate DEADLINE = LocalDate.of(2019, 8, 10);

  static final Actor LEAD_STAFF = actor(10, "lead", Role.STAFF, LEAD, Clearance.NORMAL);
  static final Actor COOP_STAFF = actor(11, "coop", Role.STAFF, COOP, Clearance.NORMAL);
  static final Actor OTHER_STAFF = actor(12, "other", Role.STAFF, OTHER, Clearance.TOP_SECRET);
  static final Actor LEADER = actor(13, "leader", Role.LEADER, OTHER, Clearance.SECRET);
  static final Actor ADMIN = actor(14, "admin", Role.ADMIN, OTHER, Clearance.TOP_SECRET);
  static final Actor LEAD_SECRET = actor(15, "leadsecret", Role.STAFF, LEAD, Clearance.SECRET);
  static final List<Actor> USERS =
      List.of(LEAD_STAFF, COOP_STAFF, OTHER_STAFF, LEADER, ADMIN, LEAD_SECRET);

  final ReminderRules rules = new ReminderRules(ReminderProperties.defaults());

  static Actor actor(long id, String name, Role role, long department, Clearance clearance) {
    return new Actor(id, name, name, role, department, clearance);
  }

  static OpenTask task(Clearance confidentiality) {
    return new OpenTask(100, "Tuyên truyền", DEADLINE, confidentiality, LEAD, Set.of(COOP));
  }

  List<Reminder> on(LocalDate day, OpenTask task) {
    return rules.on(day, List.of(task), List.of(), USERS);
  }

  static List<String> who(List<Reminder> reminders, NotificationKind kind) {
    return reminders.stream()
        .filter(r -> r.kind() == kind)
        .map(r -> r.recipient().username())
        .sorted()
        .toList();
  }

  @ParameterizedTest(name = "{0} days before: reminded {1}")
  @CsvSource({
    "8, false",
    "7, true",
    "6, false",
    "4, false",
    "3, true",
    "2, false",
    "1, true",
    "0, false"
  })
  void dueSoonOnTheConfiguredDaysOnly(int daysBefore, boolean reminded) {
    List<Reminder> r = on(DEADLINE.minusDays(daysBefore), task(Clearance.NORMAL));
    if (reminded) {
      assertThat(who(r, NotificationKind.TASK_DUE_SOON))
          .containsExactly("coop", "lead", "leadsecret");
      assertThat(r)
          .allSatisfy(x -> assertThat(x.args()).containsExactly("" + daysBefore, "2019-08-10"));
    } else {
      assertThat(r).isEmpty();
    }
  }

  @Test
  void theDueSoonDaysAreASetting() {
    ReminderRules twoDays =
        new ReminderRules(
            new ReminderProperties(
                List.of(2), null, null, null, null, null, null, null, null, null, null));
    assertThat(twoDays.on(DEADLINE.minusDays(2), List.of(task(Clearance.NORMAL)), List.of(), USERS))
        .isNotEmpty();
    assertThat(twoDays.on(DEADLINE.minusDays(7), List.of(task(Clearance.NORMAL)), List.of(), USERS))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0} days overdue: lead reminded {1}")
  @CsvSource({
    "0, false",
    "1, true",
    "2, false",
    "7, false",
    "8, true",
    "9, false",
    "14, false",
    "15, true"
  })
  void overdueOnTheFirstDayThenWeeklyToTheLeadDepartment(int daysOverdue, boolean reminded) {
    List<Reminder> r = on(DEADLINE.plusDays(daysOverdue), task(Clearance.NORMAL));
    assertThat(who(r, NotificationKind.TASK_OVERDUE))
        .isEqualTo(reminded ? List.of("lead", "leadsecret") : List.of());
    assertThat(who(r, NotificationKind.TASK_DUE_SOON)).isEmpty();
  }

  @ParameterizedTest(name = "{0} days overdue: leaders reminded {1}")
  @CsvSource({"6, false", "7, true", "8, false", "13, false", "14, true", "15, false"})
  void escalationToTheLeadersFromKDaysOverdue(int daysOverdue, boolean escalated) {
    List<Reminder> r = on(DEADLINE.plusDays(daysOverdue), task(Clearance.NORMAL));
    // Role LEADER only: an administrator is not a leader of the subcommittee.
    assertThat(who(r, NotificationKind.TASK_OVERDUE_ESCALATED))
        .isEqualTo(escalated ? List.of("leader") : List.of());
  }

  @Test
  void nobodyHearsOfATaskAboveTheirClearance() {
    List<Reminder> due = on(DEADLINE.minusDays(7), task(Clearance.SECRET));
    assertThat(who(due, NotificationKind.TASK_DUE_SOON)).containsExactly("leadsecret");
    List<Reminder> escalated = on(DEADLINE.plusDays(7), task(Clearance.TOP_SECRET));
    assertThat(who(escalated, NotificationKind.TASK_OVERDUE_ESCALATED)).isEmpty();
    assertThat(who(escalated, NotificationKind.TASK_OVERDUE)).isEmpty();
  }

  @ParameterizedTest(name = "milestone {0} days from due: {1}")
  @CsvSource({
    "8, ",
    "7, MILESTONE_DUE_SOON",
    "6, ",
    "1, MILESTONE_DUE_SOON",
    "0, ",
    "-1, MILESTONE_OVERDUE",
    "-2, ",
    "-8, MILESTONE_OVERDUE"
  })
  void milestonesRemindTheResponsibleDepartment(int daysLeft, NotificationKind kind) {
    OpenMilestone m = new OpenMilestone(7, "Kế hoạch", DEADLINE, COOP);
    List<Reminder> r = rules.on(DEADLINE.minusDays(daysLeft), List.of(), List.of(m), USERS);
    if (kind == null) {
      assertThat(r).isEmpty();
    } else {
      assertThat(who(r, kind)).containsExactly("coop");
      assertThat(r).hasSize(1);
    }
  }

  @Test
  void theFirstRunEverTellsOfEverythingAlreadyOverdueOrDueSoon() {
    // 4 days before and 3 days overdue are no reminder days, except on the very first run.
    LocalDate day = DEADLINE.minusDays(4);
    assertThat(rules.on(day, List.of(task(Clearance.NORMAL)), List.of(), USERS)).isEmpty();
    assertThat(
            who(
                rules.on(day, List.of(task(Clearance.NORMAL)), List.of(), USERS, true),
                NotificationKind.TASK_DUE_SOON))
        .containsExactly("coop", "lead", "leadsecret");
    List<Reminder> late =
        rules.on(DEADLINE.plusDays(10), List.of(task(Clearance.NORMAL)), List.of(), USERS, true);
    assertThat(who(late, NotificationKind.TASK_OVERDUE)).containsExactly("lead", "leadsecret");
    assertThat(who(late, NotificationKind.TASK_OVERDUE_ESCALATED)).containsExactly("leader");
    // Beyond the due-soon window nothing, first run or not.
    assertThat(
            rules.on(
                DEADLINE.minusDays(8), List.of(task(Clearance.NORMAL)), List.of(), USERS, true))
        .isEmpty();
  }
}
