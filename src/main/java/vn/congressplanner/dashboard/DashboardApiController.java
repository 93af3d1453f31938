package vn.congressplanner.dashboard;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.congressplanner.account.Actor;
import vn.congressplanner.system.NotFoundException;

/** Read-only JSON of the dashboard (SPEC §7): the same numbers and access rules as the page. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
class DashboardApiController {

  private final DashboardService dashboards;

  DashboardApiController(DashboardService dashboards) {
    this.dashboards = dashboards;
  }

  @GetMapping("/dashboard")
  DashboardApiModels.DashboardDto dashboard(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      Actor actor) {
    return dashboards
        .forViewer(actor, asOf)
        .map(DashboardApiModels.DashboardDto::of)
        .orElseThrow(() -> new NotFoundException("congress", "current"));
  }
}
