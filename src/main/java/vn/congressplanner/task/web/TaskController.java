package vn.congressplanner.task.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.congressplanner.account.Actor;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.congress.DeadlineAnchor;
import vn.congressplanner.congress.Phase;
import vn.congressplanner.congress.Workstream;
import vn.congressplanner.department.Department;
import vn.congressplanner.department.DepartmentService;
import vn.congressplanner.system.ConflictException;
import vn.congressplanner.system.Conflicts;
import vn.congressplanner.system.Flash;
import vn.congressplanner.system.ForbiddenException;
import vn.congressplanner.system.FragmentHtml;
import vn.congressplanner.system.Paging;
import vn.congressplanner.system.RuleViolationException;
import vn.congressplanner.system.Today;
import vn.congressplanner.task.DeadlineStatus;
import vn.congressplanner.task.Priority;
import vn.congressplanner.task.Task;
import vn.congressplanner.task.TaskFilter;
import vn.congressplanner.task.TaskService;
import vn.congressplanner.task.TaskSort;
import vn.congressplanner.task.TaskStatus;
import vn.congressplanner.task.WorkItem;

/** Task list, detail, create and edit forms, and progress reports. */
@Controller
class TaskController {

  private final TaskService tasks;
  private final DepartmentService departments;
  private final TaskHistoryView history;
  private final Today today;
  private final Clock clock;
  private final TaskListRows rowCache;
  private final FragmentHtml fragments;

  TaskController(
      TaskService tasks,
      DepartmentService departments,
      TaskHistoryView history,
      Today today,
      Clock clock,
      TaskListRows rows,
      FragmentHtml fragments) {
    this.tasks = tasks;
    this.departments = departments;
    this.history = history;
    this.today = today;
    this.clock = clock;
    this.rowCache = rows;
    this.fragments = fragments;
  }

  /** A row of the list: the task and its deadline status on the list's day. */
  record TaskRow(Task task, DeadlineStatus deadlineStatus, long daysOverdue, LocalDate updatedOn) {}

  /** The list's sortable columns, in display order (values of the {@code sort} parameter). */
  static final List<String> SORT_COLUMNS =
      List.of("title", "status", "deadline", "priority", "updated");

  /** A progress report as shown: its time in the congress time zone. */
  record ReportRow(String author, Instant at, int progress, String note) {}

  /**
   * The list. One URL for both: the full page for a normal request (bookmarks, no JavaScript, a
   * history restore) and only the results region for an htmx request when a filter changes.
   */
  @GetMapping("/tasks")
  String list(
      WebRequest request,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "25") int size,
      @RequestParam(required = false) String sort,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
      Actor actor,
      Model model,
      HttpServletRequest servletRequest,
      HttpServletResponse response) {
    // Read by hand, not bound: the lenient reading is what the list shows for any URL (a bad value
    // leaves that one condition out), and the data binder's per-request constructor introspection
    // was ~9 % of a list request's CPU (issue 12's profile).
    TaskFilter filter = LenientFilter.from(request);
    model.addAttribute("filter", filter);
    TaskSort order = TaskSort.parse(sort);
    LocalDate day = filter.asOf() != null ? filter.asOf() : today.date();
    int pageNumber = Paging.page(page);
    int pageSize = TaskService.pageSize(size);
    TaskListRows.Rendered rendered =
        tasks
            .listVersion()
            .map(
                version ->
                    rowCache.get(
                        TaskListRows.Key.of(
                            version, actor, filter, order, pageNumber, pageSize, today),
                        version,
                        () ->
                            renderRows(
                                filter,
                                order,
                                pageNumber,
                                pageSize,
                                day,
                                actor,
                                servletRequest,
                                response)))
            .orElse(TaskListRows.Rendered.NONE);
    // The pagination needs the page's number, size and the total only; the rows are HTML.
    model.addAttribute(
        "page", new PageImpl<>(List.of(), PageRequest.of(pageNumber, pageSize), rendered.total()));
    model.addAttribute("rowsHtml", rendered.html());
    model.addAttribute("rowCount", rendered.count());
    model.addAttribute("sort", order);
    model.addAttribute("sortColumns", SORT_COLUMNS);
    model.addAttribute("size", pageSize);
    model.addAttribute("pageSizes", TaskService.PAGE_SIZES);
    model.addAttribute("day", day);
    model.addAttribute("isAdmin", actor.isAdmin());
    model.addAttribute("back", currentUrl());
    model.addAttribute("exportXlsx", exportLink("xlsx"));
    model.addAttribute("exportCsv", exportLink("csv"));
    model.addAttribute("activeDepartments", actor.isAdmin() ? departments.active() : List.of());
    response.addHeader("Vary", "HX-Request");
    if (htmx != null && restore == null) {
      return "tasks/list :: results";
    }
    model.addAttribute("departmentOptions", departments.allOptionsHtml(filter.department()));
    model.addAttribute("milestones", tasks.milestoneChoices());
    enums(model);
    return "tasks/list";
  }

  /**
   * One page of the list, its rows rendered by {@code tasks/rows :: rows} (kept by {@link
   * TaskListRows}: nothing about the reader but what its key holds may go into them).
   */
  private TaskListRows.Rendered renderRows(
      TaskFilter filter,
      TaskSort order,
      int page,
      int size,
      LocalDate day,
      Actor actor,
      HttpServletRequest request,
      HttpServletResponse response) {
    Page<Task> result = tasks.list(filter, order, page, size, actor);
    List<TaskRow> rows =
        result.getContent().stream()
            .map(
                t -> {
                  DeadlineStatus status = t.deadlineStatusOn(day, today.dueSoonDays());
                  long overdue =
                      status == DeadlineStatus.OVERDUE
                          ? DeadlineStatus.daysOverdue(t.getDeadline(), day)
                          : 0;
                  return new TaskRow(
                      t, status, overdue, LocalDate.ofInstant(t.getUpdatedAt(), clock.getZone()));
                })
            .toList();
    String html =
        rows.isEmpty()
            ? ""
            : fragments.render(
                "tasks/rows",
                "rows",
                Map.of("rows", rows, "isAdmin", actor.isAdmin()),
                request,
                response);
    return new TaskListRows.Rendered(html, rows.size(), result.getTotalElements());
  }

  private static String currentUrl() {
    var uri = ServletUriComponentsBuilder.fromCurrentRequest().build();
    return uri.getPath() + (uri.getQuery() == null ? "" : "?" + uri.getQuery());
  }

  /** The export of exactly the listed tasks: the current filter and order, another path. */
  private static String exportLink(String format) {
    var uri =
        ServletUriComponentsBuilder.fromCurrentRequest()
            .replacePath("/tasks/export")
            .replaceQueryParam("page")
            .replaceQueryParam("size")
            .replaceQueryParam("format", format)
            .build();
    return uri.getPath() + "?" + uri.getQuery();
  }

  @GetMapping("/tasks/new")
  String newForm(Actor actor, Model model) {
    TaskForm form = new TaskForm();
    if (!tasks.canChooseLead(actor)) {
      form.setLeadDepartment(actor.departmentId());
    }
    model.addAttribute("taskForm", form);
    return form(model, actor, null);
  }

  @PostMapping("/tasks")
  String create(
      @Valid @ModelAttribute("taskForm") TaskForm form,
      BindingResult result,
      Actor actor,
      Model model,
      RedirectAttributes redirect) {
    if (!result.hasErrors()) {
      try {
        Task task = tasks.create(form.toCommand(), actor);
        Flash.success(redirect, "task.created", task.getTitle());
        return "redirect:/tasks/" + task.getId();
      } catch (RuleViolationException e) {
        e.addTo(result);
      }
    }
    return form(model, actor, null);
  }

  @GetMapping("/tasks/{id}")
  String detail(@PathVariable long id, Actor actor, Model model) {
    Task task = tasks.get(id, actor);
    ProgressForm progress = new ProgressForm();
    progress.setProgress(task.getProgress());
    model.addAttribute("progressForm", progress);
    return detail(task, actor, model);
  }

  @GetMapping("/tasks/{id}/edit")
  String editForm(@PathVariable long id, Actor actor, Model model) {
    Task task = tasks.get(id, actor);
    if (!tasks.canEdit(task, actor)) {
      throw new ForbiddenException("task " + id + " is led by another department");
    }
    model.addAttribute("taskForm", TaskForm.of(task));
    return form(model, actor, task);
  }

  @PostMapping("/tasks/{id}")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("taskForm") TaskForm form,
      BindingResult result,
      Actor actor,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    Task task = tasks.get(id, actor);
    if (!tasks.canEdit(task, actor)) {
      throw new ForbiddenException("task " + id + " is led by another department");
    }
    if (!result.hasErrors()) {
      try {
        Task saved = tasks.update(id, form.toCommand(), actor);
        Flash.success(redirect, "task.updated", saved.getTitle());
        return "redirect:/tasks/" + id;
      } catch (RuleViolationException e) {
        e.addTo(result);
      } catch (ConflictException | OptimisticLockingFailureException e) {
        return conflict(id, form, actor, model, response);
      }
    }
    return form(model, actor, task);
  }

  /** Someone saved first: show what is stored now next to what the user typed; write nothing. */
  private String conflict(
      long id, TaskForm attempted, Actor actor, Model model, HttpServletResponse response) {
    Task current = tasks.get(id, actor);
    Conflicts.show(model, response);
    model.addAttribute("task", current);
    model.addAttribute("attempted", attempted);
    // What the user chose as lead, by name (the form sends an id).
    model.addAttribute(
        "attemptedLead",
        attempted.getLeadDepartment() == null
            ? null
            : departments
                .find(attempted.getLeadDepartment())
                .map(Department::getName)
                .orElse(null));
    model.addAttribute(
        "deadlineStatus", current.deadlineStatusOn(today.date(), today.dueSoonDays()));
    return "tasks/conflict";
  }

  @PostMapping("/tasks/{id}/progress")
  String reportProgress(
      @PathVariable long id,
      @ModelAttribute("progressForm") ProgressForm form,
      BindingResult result,
      @RequestParam(name = "from", required = false) String from,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Actor actor,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    boolean fromMyWork = "my-work".equals(from);
    boolean saved = false;
    if (!result.hasErrors()) {
      try {
        tasks.reportProgress(id, form.getProgress(), form.getNote(), actor);
        saved = true;
      } catch (RuleViolationException e) {
        e.addTo(result);
      } catch (ConflictException | OptimisticLockingFailureException e) {
        result.reject("task.conflict.progress");
      }
    }
    if (fromMyWork && htmx != null) {
      // One card of "my work" swapped in place: saved, or with its errors next to the fields.
      // htmx swaps only 2xx answers, so a refusal here is a 200 with the errors shown.
      Task task = tasks.get(id, actor);
      model.addAttribute("item", myWorkItem(task, actor));
      model.addAttribute("saved", saved);
      if (saved) {
        model.addAttribute("progressForm", new ProgressForm());
      }
      return "tasks/mine :: card";
    }
    if (saved) {
      Flash.success(redirect, "task.progress.recorded", form.getProgress());
      return fromMyWork ? "redirect:/my-work" : "redirect:/tasks/" + id;
    }
    Task task = tasks.get(id, actor);
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    return detail(task, actor, model);
  }

  private WorkItem myWorkItem(Task task, Actor actor) {
    DeadlineStatus status = task.deadlineStatusOn(today.date(), today.dueSoonDays());
    long late =
        status == DeadlineStatus.OVERDUE
            ? DeadlineStatus.daysOverdue(task.getDeadline(), today.date())
            : 0;
    return new WorkItem(task, status, late, actor.belongsTo(task.getLeadDepartment().getId()));
  }

  private String detail(Task task, Actor actor, Model model) {
    DeadlineStatus status = task.deadlineStatusOn(today.date(), today.dueSoonDays());
    model.addAttribute("task", task);
    model.addAttribute("deadlineStatus", status);
    model.addAttribute(
        "daysOverdue",
        status == DeadlineStatus.OVERDUE
            ? DeadlineStatus.daysOverdue(task.getDeadline(), today.date())
            : 0);
    model.addAttribute(
        "reports",
        tasks.reports(task.getId(), actor).stream()
            .map(r -> new ReportRow(r.getAuthor(), r.getReportedAt(), r.getProgress(), r.getNote()))
            .toList());
    model.addAttribute("history", history.rows(task.getId()));
    model.addAttribute("canEdit", tasks.canEdit(task, actor));
    model.addAttribute(
        "canReport",
        tasks.canReportProgress(task, actor)
            && task.getStatus() != TaskStatus.DONE
            && task.getStatus() != TaskStatus.CANCELLED);
    model.addAttribute(
        "cooperating",
        task.getCooperatingDepartments().stream().sorted(DepartmentService.BY_NAME).toList());
    return "tasks/detail";
  }

  /** The form's choices: active departments (plus any inactive one the task already has). */
  private String form(Model model, Actor actor, Task task) {
    List<Department> active = departments.active();
    List<Department> leads;
    if (tasks.canChooseLead(actor)) {
      leads = new ArrayList<>(active);
      if (task != null && !task.getLeadDepartment().isActive()) {
        leads.add(task.getLeadDepartment());
      }
    } else {
      leads =
          actor.departmentId() == null ? List.of() : List.of(departments.get(actor.departmentId()));
    }
    List<Department> cooperating = new ArrayList<>(active);
    if (task != null) {
      task.getCooperatingDepartments().stream()
          .filter(d -> !d.isActive())
          .forEach(cooperating::add);
    }
    model.addAttribute("task", task);
    model.addAttribute("leadChoices", leads);
    model.addAttribute("cooperatingChoices", cooperating);
    model.addAttribute("milestones", tasks.milestoneChoices());
    model.addAttribute(
        "clearances", Arrays.stream(Clearance.values()).filter(actor::canSee).toList());
    model.addAttribute("today", today.date());
    enums(model);
    return "tasks/form";
  }

  private static void enums(Model model) {
    model.addAttribute("workstreams", Workstream.values());
    model.addAttribute("phases", Phase.values());
    model.addAttribute("statuses", TaskStatus.values());
    model.addAttribute("deadlineStatuses", DeadlineStatus.values());
    model.addAttribute("priorities", Priority.values());
    model.addAttribute("deadlineAnchors", DeadlineAnchor.values());
  }
}
