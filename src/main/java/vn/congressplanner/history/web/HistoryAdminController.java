package vn.congressplanner.history.web;

import java.time.LocalDate;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.congressplanner.history.HistoryService;
import vn.congressplanner.system.PlannerProperties;
import vn.congressplanner.system.Texts;

/** The admin's search over the whole change log. */
@Controller
class HistoryAdminController {

  static final String[] ENTITY_TYPES = {
    "TASK", "MILESTONE", "DEPARTMENT", "USER", "CONGRESS", "BUDGET_LINE", "BULLETIN"
  };

  private final HistoryService history;
  private final PlannerProperties properties;

  HistoryAdminController(HistoryService history, PlannerProperties properties) {
    this.history = history;
    this.properties = properties;
  }

  @GetMapping("/admin/history")
  String search(
      @RequestParam(required = false) String entityType,
      @RequestParam(required = false) Long entityId,
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @PageableDefault(size = 50) Pageable pageable,
      Model model) {
    var search =
        new HistoryService.Search(
            Texts.clean(entityType), entityId, Texts.clean(actor), Texts.clean(q), from, to);
    model.addAttribute("adminSection", true);
    model.addAttribute("entityTypes", ENTITY_TYPES);
    model.addAttribute("search", search);
    model.addAttribute("page", history.search(search, properties.zone(), limit(pageable)));
    return "admin/history";
  }

  private static Pageable limit(Pageable pageable) {
    int size = Math.min(Math.max(pageable.getPageSize(), 10), 200);
    return org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), size);
  }
}
