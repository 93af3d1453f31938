package vn.congressplanner.dashboard;

import java.time.LocalDate;
import java.util.List;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.congress.Phase;
import vn.congressplanner.congress.Workstream;
import vn.congressplanner.milestone.MilestoneDto;
import vn.congressplanner.task.DeadlineStatus;
import vn.congressplanner.task.TaskFilter;
import vn.congressplanner.task.TaskStatus;

/** /** The JSON shapes of the dashboard in API v1: their own records, not the page's models. */
final class DashboardApiModels {

  private DashboardApiModels() {}

  /** Counts of a group; {@code tasks} is the API query listing exactly the group's tasks. */
  record CountsDto(
      long total,
      long cancelled,
      long doneOnTime,
      long doneLate,
      long overdue,
      long dueSoon,
      long onTrack,
      Double completionRate) {

    static CountsDto of(Counts c) {
      return new CountsDto(
          c.total(),
          c.cancelled(),
          c.get(DeadlineStatus.DONE_ON_TIME),
          c.get(DeadlineStatus.DONE_LATE),
          c.get(DeadlineStatus.OVERDUE),
          c.get(DeadlineStatus.DUE_SOON),
          c.get(DeadlineStatus.ON_TRACK),
          c.completionRate());
    }
  }

  record GroupDto(String key, String tasks, CountsDto counts) {}

  record DepartmentDto(long id, String name, String tasks, CountsDto counts) {}

  record CongressDto(
      long id, String name, String venue, LocalDate openingDate, LocalDate closingDate) {}

  record TaskLineDto(
      long id,
      String title,
      Workstream workstream,
      String leadDepartment,
      LocalDate deadline,
      TaskStatus status,
      DeadlineStatus deadlineStatus,
      int progress,
      Clearance confidentiality,
      long daysLeft) {

    static TaskLineDto of(Dashboard.TaskLine t) {
      return new TaskLineDto(
          t.id(),
          t.title(),
          t.workstream(),
          t.leadDepartment(),
          t.deadline(),
          t.status(),
          t.deadlineStatus(),
          t.progress(),
          t.confidentiality(),
          t.daysLeft());
    }
  }

  record DashboardDto(
      CongressDto congress,
      LocalDate day,
      LocalDate asOf,
      int dueSoonDays,
      long daysToOpening,
      Phase congressPhase,
      CountsDto overall,
      List<GroupDto> byWorkstream,
      List<GroupDto> byPhase,
      List<DepartmentDto> byDepartment,
      List<MilestoneDto> milestones,
      List<TaskLineDto> upcoming,
      List<TaskLineDto> mostOverdue) {

    static DashboardDto of(Dashboard d) {
      Dashboard.CongressInfo c = d.congress();
      return new DashboardDto(
          new CongressDto(c.id(), c.name(), c.venue(), c.openingDate(), c.closingDate()),
          d.day(),
          d.asOf(),
          d.dueSoonDays(),
          d.daysToOpening(),
          d.congressPhase(),
          CountsDto.of(d.overall().counts()),
          d.byWorkstream().stream()
              .map(
                  r ->
                      new GroupDto(
                          r.filter().workstream().name(),
                          tasks(r.filter()),
                          CountsDto.of(r.counts())))
              .toList(),
          d.byPhase().stream()
              .map(
                  r ->
                      new GroupDto(
                          r.filter().phase().name(), tasks(r.filter()), CountsDto.of(r.counts())))
              .toList(),
          d.league().stream()
              .map(
                  r ->
                      new DepartmentDto(
                          r.departmentId(), r.label(), tasks(r.filter()), CountsDto.of(r.counts())))
              .toList(),
          d.milestones().stream().map(MilestoneDto::of).toList(),
          d.upcoming().stream().map(TaskLineDto::of).toList(),
          d.mostOverdue().stream().map(TaskLineDto::of).toList());
    }

    private static String tasks(TaskFilter filter) {
      return "/api/v1/tasks" + DashboardLinks.queryOf(filter);
    }
  }
}
