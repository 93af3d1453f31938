package vn.congressplanner.task.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.congressplanner.account.Actor;
import vn.congressplanner.system.Paging;
import vn.congressplanner.task.TaskFilter;
import vn.congressplanner.task.TaskRows;

/**
 * Read-only JSON for other systems (SPEC §7): the same filters, numbers and access rules as the
 * pages, with the same login (session or HTTP Basic). A task above the caller's clearance does not
 * exist for them: 404, never 403.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
class TaskApiController {

  static final int MAX_PAGE_SIZE = 100;

  private final TaskRows rows;

  TaskApiController(TaskRows rows) {
    this.rows = rows;
  }

  /** {@code page} 0-based, {@code size} 1..100, {@code sort} e.g. {@code deadline,desc}. */
  @GetMapping("/tasks")
  TaskApiModels.PageDto<TaskApiModels.TaskDto> tasks(
      TaskFilter filter,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size,
      HttpServletRequest http,
      Actor actor) {
    // Read raw: binding to a List would split "deadline,desc" at the comma.
    String[] sort = http.getParameterValues("sort");
    PageRequest request =
        Paging.of(
            page,
            size,
            MAX_PAGE_SIZE,
            TaskRows.parseSort(sort == null ? List.of() : List.of(sort)));
    Page<TaskRows.Row> result = rows.page(filter, actor.clearance(), request);
    return new TaskApiModels.PageDto<>(
        result.getContent().stream().map(TaskApiModels.TaskDto::of).toList(),
        result.getNumber(),
        result.getSize(),
        result.getTotalElements(),
        result.getTotalPages());
  }

  @GetMapping("/tasks/{id}")
  TaskApiModels.TaskDto task(@PathVariable long id, Actor actor) {
    return TaskApiModels.TaskDto.of(rows.get(id, actor.clearance()));
  }
}
