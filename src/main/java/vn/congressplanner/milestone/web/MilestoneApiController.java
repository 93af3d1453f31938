package vn.congressplanner.milestone.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.congressplanner.congress.Workstream;
import vn.congressplanner.milestone.MilestoneLine;
import vn.congressplanner.milestone.MilestoneService;
import vn.congressplanner.milestone.MilestoneStatus;

/** Read-only JSON of the current congress's milestones (SPEC §7), with the days left on asOf. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
class MilestoneApiController {

  private final MilestoneService milestones;

  MilestoneApiController(MilestoneService milestones) {
    this.milestones = milestones;
  }

  @GetMapping("/milestones")
  List<MilestoneDto> milestones(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asOf) {
    return milestones.lines(asOf).stream().map(MilestoneDto::of).toList();
  }

  /** The JSON shape of a milestone in API v1: its own record, not the page's model. */
  record MilestoneDto(
      long id,
      String title,
      Workstream workstream,
      LocalDate dueDate,
      MilestoneStatus status,
      boolean late,
      String responsibleDepartment,
      Long daysLeft) {

    static MilestoneDto of(MilestoneLine m) {
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
}
