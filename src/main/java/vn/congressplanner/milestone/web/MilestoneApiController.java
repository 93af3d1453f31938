package vn.congressplanner.milestone.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.congressplanner.milestone.MilestoneDto;
import vn.congressplanner.milestone.MilestoneService;

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
}
