package vn.congressplanner.planning;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congressplanner.account.Actor;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.congress.Congress;
import vn.congressplanner.congress.CongressService;
import vn.congressplanner.congress.DeadlineAnchor;
import vn.congressplanner.congress.Phase;
import vn.congressplanner.congress.Workstream;
import vn.congressplanner.department.Department;
import vn.congressplanner.department.DepartmentService;
import vn.congressplanner.milestone.Milestone;
import vn.congressplanner.milestone.MilestoneService;
import vn.congressplanner.system.ForbiddenException;
import vn.congressplanner.system.Formats;
import vn.congressplanner.system.NotFoundException;
import vn.congressplanner.system.RuleViolation;
import vn.congressplanner.system.RuleViolationException;
import vn.congressplanner.system.Texts;
import vn.congressplanner.task.Priority;
import vn.congressplanner.task.Task;
import vn.congressplanner.task.TaskCommand;
import vn.congressplanner.task.TaskService;
import vn.congressplanner.task.TaskStatus;

/**
 * Import of tasks from XLSX (SPEC §2.12), for leaders and admins: an upload is kept as typed in
 * {@code task_import} (not in the session), each row is read into a task command (codes or
 * Vietnamese labels; departments and milestones by name) and judged by {@link
 * TaskService#checkCreate} — the form's own rules — without storing anything; confirming stores
 * every row through {@link TaskService#createAll} in one transaction, or none.
 */
@Service
@Transactional(readOnly = true)
class TaskImportService {

  static final long MAX_BYTES = 5L * 1024 * 1024;
  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final Pattern RELATIVE = Pattern.compile("^([DdCc])\\s*([-−–+])\\s*(\\d{1,4})$");
  private static final Pattern VN_DATE = Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$");

  private final ImportStore store;
  private final TaskService tasks;
  private final CongressService congresses;
  private final DepartmentService departments;
  private final MilestoneService milestones;
  private final MessageSource messages;
  private final Clock clock;

  TaskImportService(
      ImportStore store,
      TaskService tasks,
      CongressService congresses,
      DepartmentService departments,
      MilestoneService milestones,
      MessageSource messages,
      Clock clock) {
    this.store = store;
    this.tasks = tasks;
    this.congresses = congresses;
    this.departments = departments;
    this.milestones = milestones;
    this.messages = messages;
    this.clock = clock;
  }

  // ------------------------------------------------------------------ views

  record Cell(String typed, String stored, List<String> errors) {
    public boolean hasErrors() {
      return !errors.isEmpty();
    }
  }

  record PreviewRow(int number, Map<ImportColumn, Cell> cells, List<String> rowErrors) {
    public boolean ok() {
      return rowErrors.isEmpty() && cells.values().stream().noneMatch(Cell::hasErrors);
    }

    public Cell cell(String column) {
      return cells.get(ImportColumn.valueOf(column));
    }
  }

  record Preview(
      long id, String fileName, boolean confirmed, List<PreviewRow> rows, long rowsWithErrors) {
    public boolean canConfirm() {
      return !confirmed && rowsWithErrors == 0 && !rows.isEmpty();
    }
  }

  // ------------------------------------------------------------------ template

  static void requireImporter(Actor actor) {
    if (!actor.isLeader()) {
      throw new ForbiddenException("import is for leaders and administrators");
    }
  }

  void writeTemplate(Actor actor, OutputStream out) throws IOException {
    requireImporter(actor);
    Map<ImportColumn, List<String>> choices = new LinkedHashMap<>();
    choices.put(ImportColumn.WORKSTREAM, labels("workstream", Workstream.values()));
    choices.put(ImportColumn.PHASE, labels("phase", Phase.values()));
    choices.put(
        ImportColumn.LEAD_DEPARTMENT,
        departments.active().stream().map(Department::getName).toList());
    choices.put(
        ImportColumn.COOPERATING_DEPARTMENTS,
        departments.active().stream().map(Department::getName).toList());
    choices.put(ImportColumn.PRIORITY, labels("priority", Priority.values()));
    choices.put(
        ImportColumn.CONFIDENTIALITY,
        labels(
            "clearance",
            Arrays.stream(Clearance.values()).filter(actor::canSee).toArray(Clearance[]::new)));
    choices.put(
        ImportColumn.MILESTONE,
        milestones.ofCurrentCongress().stream().map(Milestone::getTitle).toList());
    List<String> instructions = new ArrayList<>();
    for (int i = 1; i <= 9; i++) {
      instructions.add(
          messages.getMessage("import.help." + i, new Object[] {ImportWorkbook.MAX_ROWS}, VI));
    }
    ImportWorkbook.writeTemplate(
        new ImportWorkbook.Template(
            headers(), choices, instructions, messages.getMessage("import.help.title", null, VI)),
        out);
  }

  List<String> headers() {
    return Arrays.stream(ImportColumn.values())
        .map(c -> messages.getMessage(c.header(), null, VI))
        .toList();
  }

  private <E extends Enum<E>> List<String> labels(String prefix, E[] values) {
    return Arrays.stream(values)
        .map(v -> messages.getMessage(prefix + "." + v.name(), null, VI))
        .toList();
  }

  // ------------------------------------------------------------------ upload

  /** Reads and keeps an upload; refused with a clear message (never stored) when unreadable. */
  @Transactional
  long upload(String fileName, long size, InputStream in, Actor actor) {
    requireImporter(actor);
    if (size > MAX_BYTES) {
      throw new RuleViolationException(
          List.of(new RuleViolation("file", "import.file.tooLarge", MAX_BYTES / (1024 * 1024))));
    }
    if (size == 0) {
      throw new RuleViolationException(List.of(new RuleViolation("file", "import.file.empty")));
    }
    String name = fileName == null ? "" : Objects.requireNonNullElse(Texts.clean(fileName), "");
    if (!name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      throw new RuleViolationException(List.of(new RuleViolation("file", "import.file.notXlsx")));
    }
    List<Map<ImportColumn, String>> rows;
    try {
      rows = ImportWorkbook.read(in, headers());
    } catch (ImportWorkbook.Unreadable e) {
      throw new RuleViolationException(List.of(new RuleViolation("file", e.code, e.args)));
    }
    Congress congress = congresses.current();
    String shortName = name.length() > 300 ? name.substring(name.length() - 300) : name;
    return store.save(congress.getId(), shortName, actor.username(), clock.instant(), rows);
  }

  // ------------------------------------------------------------------ preview and confirm

  Preview preview(long id, Actor actor, Locale locale) {
    requireImporter(actor);
    ImportStore.Stored stored = find(id, actor);
    List<Interpreted> rows = interpret(stored, actor, locale);
    return preview(stored, rows);
  }

  private Preview preview(ImportStore.Stored stored, List<Interpreted> rows) {
    List<PreviewRow> view = rows.stream().map(Interpreted::view).toList();
    long bad = view.stream().filter(r -> !r.ok()).count();
    return new Preview(stored.id(), stored.fileName(), stored.confirmedAt() != null, view, bad);
  }

  /** Outcome of a confirmation: the tasks stored, or the preview with what still blocks it. */
  record Confirmation(List<Task> created, Preview blocked) {}

  @Transactional
  Confirmation confirm(long id, Actor actor, Locale locale) {
    requireImporter(actor);
    ImportStore.Stored stored = find(id, actor);
    List<Interpreted> rows = interpret(stored, actor, locale);
    Preview preview = preview(stored, rows);
    if (!preview.canConfirm()) {
      return new Confirmation(List.of(), preview);
    }
    if (!store.confirm(id, clock.instant())) {
      return new Confirmation(List.of(), preview);
    }
    // One transaction: a refusal of any row (a rule that changed since the preview) rolls back
    // every task and the confirmation mark.
    List<Task> created = tasks.createAll(rows.stream().map(Interpreted::command).toList(), actor);
    return new Confirmation(created, null);
  }

  private ImportStore.Stored find(long id, Actor actor) {
    Optional<Congress> current = congresses.currentIfAny();
    return store
        .find(id)
        .filter(s -> current.isPresent() && current.get().getId() == s.congressId())
        .filter(s -> s.createdBy().equals(actor.username()) || actor.isAdmin())
        .orElseThrow(() -> new NotFoundException("task import", id));
  }

  // ------------------------------------------------------------------ reading a row

  private record Interpreted(
      int number,
      Map<ImportColumn, String> typed,
      Map<ImportColumn, String> shown,
      Map<ImportColumn, List<String>> errors,
      List<String> rowErrors,
      TaskCommand command) {

    PreviewRow view() {
      Map<ImportColumn, Cell> cells = new EnumMap<>(ImportColumn.class);
      for (ImportColumn c : ImportColumn.values()) {
        cells.put(c, new Cell(typed.get(c), shown.get(c), errors.getOrDefault(c, List.of())));
      }
      return new PreviewRow(number, cells, rowErrors);
    }
  }

  private List<Interpreted> interpret(ImportStore.Stored stored, Actor actor, Locale locale) {
    Congress congress = congresses.current();
    Lookup lookup = new Lookup();
    List<Interpreted> out = new ArrayList<>(stored.rows().size());
    for (int i = 0; i < stored.rows().size(); i++) {
      out.add(interpret(i + 1, stored.rows().get(i), congress, lookup, actor, locale));
    }
    return out;
  }

  /** Names and labels to match, built once per file. */
  private final class Lookup {
    final Map<String, Workstream> workstreams = codes("workstream", Workstream.values());
    final Map<String, Phase> phases = codes("phase", Phase.values());
    final Map<String, Priority> priorities = codes("priority", Priority.values());
    final Map<String, Clearance> clearances = codes("clearance", Clearance.values());
    final List<Department> allDepartments = departments.all();
    final Map<String, Department> departmentsByKey = new HashMap<>();
    final Map<String, Milestone> milestonesByKey = new HashMap<>();

    Lookup() {
      allDepartments.forEach(d -> departmentsByKey.put(Texts.uniqueKey(d.getName()), d));
      allDepartments.forEach(
          d -> {
            if (d.getCode() != null) {
              departmentsByKey.putIfAbsent(Texts.uniqueKey(d.getCode()), d);
            }
          });
      milestones
          .ofCurrentCongress()
          .forEach(m -> milestonesByKey.put(Texts.uniqueKey(m.getTitle()), m));
    }

    private <E extends Enum<E>> Map<String, E> codes(String prefix, E[] values) {
      Map<String, E> map = new HashMap<>();
      for (E v : values) {
        map.put(Texts.fold(v.name()), v);
        for (Locale l : List.of(VI, Locale.ENGLISH)) {
          map.put(Texts.fold(messages.getMessage(prefix + "." + v.name(), null, l)), v);
        }
      }
      return map;
    }

    /** A department by name or code (NFC, case folded), or a near name to suggest. */
    Department department(String typed, List<String> errors, Locale locale) {
      Department found = departmentsByKey.get(Texts.uniqueKey(typed));
      if (found != null) {
        return found;
      }
      String folded = Texts.fold(typed);
      Optional<Department> near =
          allDepartments.stream()
              .filter(
                  d ->
                      Texts.fold(d.getName()).equals(folded)
                          || Texts.fold(d.getName()).contains(folded)
                          || folded.contains(Texts.fold(d.getName())))
              .findFirst();
      errors.add(
          near.isPresent()
              ? message("import.department.unknownNear", locale, typed, near.get().getName())
              : message("import.department.unknown", locale, typed));
      return null;
    }
  }

  private Interpreted interpret(
      int number,
      Map<ImportColumn, String> typed,
      Congress congress,
      Lookup lookup,
      Actor actor,
      Locale locale) {
    Map<ImportColumn, String> shown = new EnumMap<>(ImportColumn.class);
    Map<ImportColumn, List<String>> errors = new EnumMap<>(ImportColumn.class);
    for (ImportColumn c : ImportColumn.values()) {
      errors.put(c, new ArrayList<>());
    }
    String title = Texts.clean(typed.get(ImportColumn.TITLE));
    shown.put(ImportColumn.TITLE, title);
    String description = Texts.clean(typed.get(ImportColumn.DESCRIPTION));
    shown.put(ImportColumn.DESCRIPTION, description);

    Workstream workstream =
        code(
            ImportColumn.WORKSTREAM,
            typed,
            lookup.workstreams,
            "workstream",
            shown,
            errors,
            locale);
    Phase phase = code(ImportColumn.PHASE, typed, lookup.phases, "phase", shown, errors, locale);
    Priority priority =
        code(ImportColumn.PRIORITY, typed, lookup.priorities, "priority", shown, errors, locale);
    Clearance confidentiality =
        code(
            ImportColumn.CONFIDENTIALITY,
            typed,
            lookup.clearances,
            "clearance",
            shown,
            errors,
            locale);
    if (priority == null && errors.get(ImportColumn.PRIORITY).isEmpty()) {
      priority = Priority.NORMAL;
      shown.put(ImportColumn.PRIORITY, label("priority", priority, locale));
    }
    if (confidentiality == null && errors.get(ImportColumn.CONFIDENTIALITY).isEmpty()) {
      confidentiality = Clearance.NORMAL;
      shown.put(ImportColumn.CONFIDENTIALITY, label("clearance", confidentiality, locale));
    }

    Long lead = null;
    String leadTyped = Texts.clean(typed.get(ImportColumn.LEAD_DEPARTMENT));
    if (leadTyped != null) {
      Department d = lookup.department(leadTyped, errors.get(ImportColumn.LEAD_DEPARTMENT), locale);
      if (d != null) {
        lead = d.getId();
        shown.put(ImportColumn.LEAD_DEPARTMENT, d.getName());
      }
    }
    List<Long> cooperating = new ArrayList<>();
    List<String> cooperatingNames = new ArrayList<>();
    String coopTyped = typed.get(ImportColumn.COOPERATING_DEPARTMENTS);
    if (coopTyped != null) {
      for (String part : coopTyped.split("[;\\n]")) {
        String name = Texts.clean(part);
        if (name != null) {
          Department d =
              lookup.department(name, errors.get(ImportColumn.COOPERATING_DEPARTMENTS), locale);
          if (d != null) {
            cooperating.add(d.getId());
            cooperatingNames.add(d.getName());
          }
        }
      }
    }
    shown.put(ImportColumn.COOPERATING_DEPARTMENTS, String.join("; ", cooperatingNames));

    Long milestone = null;
    String milestoneTyped = Texts.clean(typed.get(ImportColumn.MILESTONE));
    if (milestoneTyped != null) {
      Milestone m = lookup.milestonesByKey.get(Texts.uniqueKey(milestoneTyped));
      if (m == null) {
        errors
            .get(ImportColumn.MILESTONE)
            .add(message("import.milestone.unknown", locale, milestoneTyped));
      } else {
        milestone = m.getId();
        shown.put(ImportColumn.MILESTONE, m.getTitle());
      }
    }

    DeadlineAnchor anchor = DeadlineAnchor.FIXED;
    Integer offset = null;
    LocalDate deadline = null;
    String deadlineTyped = Texts.clean(typed.get(ImportColumn.DEADLINE));
    if (deadlineTyped != null) {
      Matcher rel = RELATIVE.matcher(deadlineTyped);
      if (rel.matches()) {
        boolean opening = rel.group(1).equalsIgnoreCase("D");
        boolean minus = !rel.group(2).equals("+");
        if (opening != minus) {
          errors
              .get(ImportColumn.DEADLINE)
              .add(message("import.deadline.format", locale, deadlineTyped));
        } else {
          anchor = opening ? DeadlineAnchor.OPENING : DeadlineAnchor.CLOSING;
          offset = Integer.valueOf(rel.group(3));
          LocalDate effective =
              anchor.resolve(offset, congress.getOpeningDate(), congress.getClosingDate());
          shown.put(ImportColumn.DEADLINE, anchor.describe(offset, effective));
        }
      } else {
        deadline = date(deadlineTyped);
        if (deadline == null) {
          errors
              .get(ImportColumn.DEADLINE)
              .add(message("import.deadline.format", locale, deadlineTyped));
        } else {
          shown.put(ImportColumn.DEADLINE, Formats.formatDate(deadline));
        }
      }
    }
    LocalDate start = null;
    String startTyped = Texts.clean(typed.get(ImportColumn.START_DATE));
    if (startTyped != null) {
      start = date(startTyped);
      if (start == null) {
        errors.get(ImportColumn.START_DATE).add(message("import.date.format", locale, startTyped));
      } else {
        shown.put(ImportColumn.START_DATE, Formats.formatDate(start));
      }
    }

    TaskCommand command =
        new TaskCommand(
            title,
            description,
            workstream,
            phase,
            lead,
            cooperating,
            milestone,
            start,
            deadline,
            TaskStatus.NOT_STARTED,
            0,
            null,
            null,
            priority,
            confidentiality,
            null,
            null,
            anchor,
            offset);
    List<String> rowErrors = new ArrayList<>();
    java.util.Set<ImportColumn> unreadable = java.util.EnumSet.noneOf(ImportColumn.class);
    errors.forEach(
        (c, l) -> {
          if (!l.isEmpty()) {
            unreadable.add(c);
          }
        });
    // The form's rules, judged without storing; a cell we could not read is not judged again.
    for (RuleViolation v : tasks.checkCreate(command, actor)) {
      ImportColumn column = ImportColumn.of(v.field());
      String text = messages.getMessage(v.message(), locale);
      if (column == null) {
        rowErrors.add(text);
      } else if (!unreadable.contains(column)) {
        errors.get(column).add(text);
      }
    }
    return new Interpreted(number, typed, shown, errors, rowErrors, command);
  }

  private <E extends Enum<E>> E code(
      ImportColumn column,
      Map<ImportColumn, String> typed,
      Map<String, E> codes,
      String prefix,
      Map<ImportColumn, String> shown,
      Map<ImportColumn, List<String>> errors,
      Locale locale) {
    String value = Texts.clean(typed.get(column));
    if (value == null) {
      return null;
    }
    E found = codes.get(Texts.fold(value));
    if (found == null) {
      errors.get(column).add(message("import.code.unknown", locale, value));
      return null;
    }
    shown.put(column, label(prefix, found, locale));
    return found;
  }

  private String label(String prefix, Enum<?> value, Locale locale) {
    return messages.getMessage(prefix + "." + value.name(), null, locale);
  }

  /** yyyy-MM-dd (a date cell) or dd/MM/yyyy typed as text; anything else is null. */
  static LocalDate date(String value) {
    try {
      Matcher vn = VN_DATE.matcher(value);
      if (vn.matches()) {
        return LocalDate.of(
            Integer.parseInt(vn.group(3)),
            Integer.parseInt(vn.group(2)),
            Integer.parseInt(vn.group(1)));
      }
      return LocalDate.parse(value);
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private String message(String code, Locale locale, Object... args) {
    return messages.getMessage(code, args, locale);
  }
}
