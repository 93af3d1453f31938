package vn.congressplanner.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.congressplanner.account.Actor;
import vn.congressplanner.account.Role;
import vn.congressplanner.system.DateParameter;
import vn.congressplanner.task.DeadlineStatus;
import vn.congressplanner.task.TaskService;
import vn.congressplanner.task.WorkItem;

@Controller
class DashboardController {

  /** League-table rows shown before "show all". */
  static final int DEPARTMENTS_SHOWN = 20;

  /** "My work" cards a STAFF user sees first: the most urgent, with their progress forms. */
  static final int MY_WORK_SHOWN = 3;

  private final DashboardService dashboards;
  private final TaskService tasks;

  DashboardController(DashboardService dashboards, TaskService tasks) {
    this.dashboards = dashboards;
    this.tasks = tasks;
  }

  /**
   * The page's query string: {@code asOf} (ISO date), the league table's order ({@code sort}:
   * overdue, dueSoon, total, name) and its length ({@code departments=all}). Read by hand rather
   * than bound: the data binder's per-request constructor introspection was a tenth of a list
   * request's CPU (issue 12), and a malformed date only has to be noticed, not reported per field.
   */
  record DashboardQuery(LocalDate asOf, boolean asOfInvalid, String sort, String departments) {

    static DashboardQuery of(HttpServletRequest request) {
      DateParameter asOf = DateParameter.of(request.getParameter("asOf"));
      return new DashboardQuery(
          asOf.value(),
          asOf.invalid(),
          request.getParameter("sort"),
          request.getParameter("departments"));
    }

    String order() {
      return sort != null && ORDERS.contains(sort) ? sort : "overdue";
    }

    boolean allDepartments() {
      return "all".equals(departments);
    }
  }

  static final List<String> ORDERS = List.of("overdue", "dueSoon", "total", "name");

  @GetMapping("/")
  String home() {
    return "redirect:/dashboard";
  }

  @GetMapping("/dashboard")
  String dashboard(Actor actor, HttpServletRequest request, Model model) {
    DashboardQuery query = DashboardQuery.of(request);
    // A malformed date shows today's numbers with a message rather than an error page.
    LocalDate asOf = query.asOf();
    model.addAttribute("asOfInvalid", query.asOfInvalid());
    DashboardLinks links = new DashboardLinks(request.getContextPath());
    dashboards
        .forViewer(actor, asOf)
        .ifPresent(
            dashboard -> {
              List<Dashboard.Row> departments =
                  dashboard.byDepartment().stream().sorted(order(query.order())).toList();
              if (!query.allDepartments() && departments.size() > DEPARTMENTS_SHOWN) {
                departments = departments.subList(0, DEPARTMENTS_SHOWN);
              }
              model.addAttribute("dashboard", dashboard);
              model.addAttribute("departmentCount", dashboard.byDepartment().size());
              model.addAttribute("overall", DashboardPage.line(dashboard.overall(), links));
              model.addAttribute(
                  "byWorkstream", DashboardPage.lines(dashboard.byWorkstream(), links));
              model.addAttribute("byPhase", DashboardPage.lines(dashboard.byPhase(), links));
              model.addAttribute("departments", DashboardPage.lines(departments, links));
            });
    if (actor.role() == Role.STAFF) {
      // Staff land here after login: their most urgent open tasks come first, one tap from a
      // progress report.
      List<WorkItem> work = tasks.myWork(actor);
      model.addAttribute("myWork", work.subList(0, Math.min(MY_WORK_SHOWN, work.size())));
      model.addAttribute("myWorkTotal", work.size());
    }
    model.addAttribute("order", query.order());
    model.addAttribute("allDepartments", query.allDepartments());
    model.addAttribute("statuses", DeadlineStatus.values());
    // Thymeleaf 3.1 refuses bean and static access inside th:href, so the view gets them here;
    // the links are ready-made strings (see DashboardLinks for why not @{...}).
    model.addAttribute("links", links);
    model.addAttribute("departmentsShown", DEPARTMENTS_SHOWN);
    model.addAttribute("upcomingDays", Dashboard.UPCOMING_DAYS);
    model.addAttribute("upcomingLimit", Dashboard.UPCOMING_LIMIT);
    model.addAttribute("overdueLimit", Dashboard.MOST_OVERDUE_LIMIT);
    return "dashboard/index";
  }

  /** Rows arrive in name order and sorting is stable: ties stay alphabetical. */
  private static Comparator<Dashboard.Row> order(String sort) {
    return switch (sort) {
      case "dueSoon" -> Comparator.comparingLong(r -> -r.counts().get(DeadlineStatus.DUE_SOON));
      case "total" -> Comparator.comparingLong(r -> -r.counts().total());
      case "name" -> (a, b) -> 0;
      default -> DashboardService.BY_OVERDUE;
    };
  }
}
