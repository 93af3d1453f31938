package vn.congressplanner.timeline;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import vn.congressplanner.account.Actor;
import vn.congressplanner.congress.CongressService;
import vn.congressplanner.congress.Phase;
import vn.congressplanner.congress.Workstream;
import vn.congressplanner.department.DepartmentService;
import vn.congressplanner.milestone.Milestone;
import vn.congressplanner.milestone.MilestoneService;
import vn.congressplanner.system.Today;
import vn.congressplanner.task.DeadlineStatus;
import vn.congressplanner.task.Priority;
import vn.congressplanner.task.TaskFilter;
import vn.congressplanner.task.TaskStatus;

/** {@code GET /timeline}: the task list's filters (SPEC §7) and {@code groupBy}. */
@Controller
class TimelineController {

  private final TimelineBuilder builder;
  private final CongressService congresses;
  private final MilestoneService milestones;
  private final DepartmentService departments;
  private final Today today;

  TimelineController(
      TimelineBuilder builder,
      CongressService congresses,
      MilestoneService milestones,
      DepartmentService departments,
      Today today) {
    this.builder = builder;
    this.congresses = congresses;
    this.milestones = milestones;
    this.departments = departments;
    this.today = today;
  }

  @GetMapping("/timeline")
  String timeline(
      @ModelAttribute("filter") TaskFilter bound,
      BindingResult filterErrors,
      @RequestParam(required = false) String groupBy,
      Actor actor,
      Model model) {
    // A hand-edited URL with a bad value shows the whole plan rather than an error.
    TaskFilter filter = bound != null && !filterErrors.hasErrors() ? bound : TaskFilter.empty();
    model.addAttribute("filter", filter);
    model.addAttribute("filterUsed", !filter.equals(TaskFilter.empty()) || groupBy != null);
    TimelineBuilder.Grouping grouping =
        "department".equalsIgnoreCase(groupBy)
            ? TimelineBuilder.Grouping.DEPARTMENT
            : TimelineBuilder.Grouping.WORKSTREAM;
    model.addAttribute("groupBy", grouping.name().toLowerCase(Locale.ROOT));
    List<Milestone> all = milestones.ofCurrentCongress();
    model.addAttribute("milestones", all);
    model.addAttribute("departmentOptions", departments.allOptionsHtml(filter.department()));
    model.addAttribute("workstreams", Workstream.values());
    model.addAttribute("phases", Phase.values());
    model.addAttribute("statuses", TaskStatus.values());
    model.addAttribute("deadlineStatuses", DeadlineStatus.values());
    model.addAttribute("priorities", Priority.values());
    congresses
        .currentIfAny()
        .ifPresent(
            congress -> {
              List<Milestone> shown =
                  all.stream()
                      .filter(
                          m -> filter.milestone() == null || filter.milestone().equals(m.getId()))
                      .filter(
                          m ->
                              filter.workstream() == null
                                  || m.getWorkstream() == null
                                  || m.getWorkstream() == filter.workstream())
                      .toList();
              var day = filter.asOf() != null ? filter.asOf() : today.date();
              model.addAttribute("congress", congress);
              model.addAttribute("day", day);
              model.addAttribute(
                  "timeline", builder.build(congress, shown, filter, grouping, day, actor));
            });
    return "timeline/index";
  }
}
