package vn.congressplanner.dashboard.api;

import java.time.LocalDate;
import java.util.List;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.congress.Phase;
import vn.congressplanner.dashboard.Counts;
import vn.congressplanner.dashboard.Dashboard;
import vn.congressplanner.dashboard.DashboardLinks;
import vn.congressplanner.dashboard.TaskRows;
import vn.congressplanner.plan.DeadlineStatus;
import vn.congressplanner.plan.MilestoneStatus;
import vn.congressplanner.plan.Priority;
import vn.congressplanner.plan.TaskFilter;
import vn.congressplanner.plan.TaskStatus;
import vn.congressplanner.plan.Workstream;

/**
 * The JSON shapes of API v1. They are their own records, not the pages' models, so that the
 * contract with other systems changes only on purpose.
 */
final class ApiModels {

  private ApiModels() {}

  record PageDto<T>(List<T> content, int page, int size, long totalElements, int totalPages) {}

  record Ref(long id, String name) {

    static Ref of(TaskRows.Ref ref) {
      return ref == null ? null : new Ref(ref.id(), ref.name());
    }
  }

  record TaskDto(
      long id,
      String title,
      String description,
      Workstream workstream,
      Phase phase,
      Ref leadDepartment,
      List<Ref> cooperatingDepartments,
      Ref milestone,
      LocalDate startDate,
      LocalDate deadline,
      TaskStatus status,
      DeadlineStatus deadlineStatus,
      long daysOverdue,
      int progress,
      LocalDate completedOn,
      String resultNote,
      Priority priority,
      Clearance confidentiality) {

    static TaskDto of(TaskRows.Row r) {
      return new TaskDto(
          r.id(),
          r.title(),
          r.description(),
          r.workstream(),
          r.phase(),
          Ref.of(r.leadDepartment()),
          r.cooperatingDepartments().stream().map(Ref::of).toList(),
          Ref.of(r.milestone()),
          r.startDate(),
          r.deadline(),
          r.status(),
          r.deadlineStatus(),
          r.daysOverdue(),
          r.progress(),
          r.completedOn(),
          r.resultNote(),
          r.priority(),
          r.confidentiality());
    }
  }

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

  record MilestoneDto(
      long id,
      String title,
      Workstream workstream,
      LocalDate dueDate,
      MilestoneStatus status,
      boolean late,
      String responsibleDepartment,
      Long daysLeft) {

    static MilestoneDto of(Dashboard.MilestoneLine m) {
      return new MilestoneDto(
          m.id(),
          m.title(),
          m.workstream(),
          m.dueDate(),
          m.status(),
          m.late(),
          m.responsibleDepartment(),
          m.daysLeft());
    }
  }

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
