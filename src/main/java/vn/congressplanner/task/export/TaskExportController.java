package vn.congressplanner.task.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.congressplanner.account.Actor;
import vn.congressplanner.congress.Congress;
import vn.congressplanner.congress.CongressService;
import vn.congressplanner.department.DepartmentService;
import vn.congressplanner.system.Formats;
import vn.congressplanner.system.Today;
import vn.congressplanner.system.sheet.SheetWriter;
import vn.congressplanner.task.TaskFilter;
import vn.congressplanner.task.TaskRows;

/**
 * {@code GET /tasks/export?format=xlsx|csv} plus the task list's filters (SPEC §7). The file is
 * written while the rows are read, so memory does not grow with the list. Classified tasks are
 * never written to a file, whatever the user's clearance: the {@value #EXCLUDED_HEADER} header says
 * how many were left out, and so does the XLSX's last line. The XLSX opens with a title block
 * (congress, filter, as-of day, who exported and when); the CSV is the header and the rows only, so
 * that a machine import reads it as it is.
 */
@Controller
class TaskExportController {

  static final String EXCLUDED_HEADER = "X-Excluded-Count";

  enum Format {
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    CSV("text/csv;charset=UTF-8", "csv");

    final String contentType;
    final String extension;

    Format(String contentType, String extension) {
      this.contentType = contentType;
      this.extension = extension;
    }

    static Format parse(String value) {
      for (Format f : values()) {
        if (f.extension.equalsIgnoreCase(value == null ? "" : value.trim())) {
          return f;
        }
      }
      return null;
    }
  }

  private final TaskRows rows;
  private final MessageSource messages;
  private final Today today;
  private final CongressService congresses;
  private final DepartmentService departments;
  private final java.time.Clock clock;

  TaskExportController(
      TaskRows rows,
      MessageSource messages,
      Today today,
      CongressService congresses,
      DepartmentService departments,
      java.time.Clock clock) {
    this.rows = rows;
    this.messages = messages;
    this.today = today;
    this.congresses = congresses;
    this.departments = departments;
    this.clock = clock;
  }

  @GetMapping("/tasks/export")
  void export(
      TaskFilter filter,
      @RequestParam(defaultValue = "xlsx") String format,
      Actor actor,
      Locale locale,
      HttpServletResponse response)
      throws IOException {
    Format chosen = Format.parse(format);
    if (chosen == null) {
      response.sendError(
          HttpServletResponse.SC_BAD_REQUEST,
          messages.getMessage("dashboard.export.badFormat", null, locale));
      return;
    }
    ExportColumns columns = new ExportColumns(messages, locale);
    LocalDate day = filter.asOf() != null ? filter.asOf() : today.date();
    String filename = "nhiem-vu-" + day + "." + chosen.extension;
    long[] excluded = {0};
    @SuppressWarnings("unchecked")
    SheetWriter<TaskRows.Row>[] writer = new SheetWriter[1];
    try {
      rows.export(
          filter,
          actor.clearance(),
          plan -> {
            excluded[0] = plan.excluded();
            response.setContentType(chosen.contentType);
            response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                    .filename(filename, StandardCharsets.UTF_8)
                    .build()
                    .toString());
            response.setHeader(EXCLUDED_HEADER, Long.toString(plan.excluded()));
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            writer[0] = open(chosen, response, columns);
            io(() -> writer[0].titleBlock(title(columns), titleLines(filter, day, actor, columns)));
            io(() -> writer[0].header());
          },
          row -> io(() -> writer[0].row(row)));
      if (excluded[0] > 0 && chosen == Format.XLSX) {
        writer[0].note(columns.message("dashboard.export.excluded", excluded[0]));
      }
      writer[0].finish();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      if (writer[0] != null) {
        writer[0].close();
      }
    }
  }

  private String title(ExportColumns columns) {
    return congresses
        .currentIfAny()
        .map(Congress::getName)
        .map(name -> columns.message("export.title.congress", name))
        .orElseGet(() -> columns.message("export.title"));
  }

  /** The title block's lines: the filter as a person reads it, the day, who and when. */
  private List<Map.Entry<String, String>> titleLines(
      TaskFilter f, LocalDate day, Actor actor, ExportColumns c) {
    List<String> parts = new ArrayList<>();
    if (f.workstream() != null) {
      parts.add(enumPart(c, "task.field.workstream", "workstream", f.workstream()));
    }
    if (f.phase() != null) {
      parts.add(enumPart(c, "task.field.phase", "phase", f.phase()));
    }
    if (f.department() != null) {
      departments
          .find(f.department())
          .ifPresent(d -> parts.add(c.message("task.filter.department") + ": " + d.getName()));
    }
    if (f.status() != null) {
      parts.add(enumPart(c, "task.field.status", "taskStatus", f.status()));
    }
    if (f.deadlineStatus() != null) {
      parts.add(enumPart(c, "task.field.deadlineStatus", "deadlineStatus", f.deadlineStatus()));
    }
    if (f.priority() != null) {
      parts.add(enumPart(c, "task.field.priority", "priority", f.priority()));
    }
    if (f.milestone() != null) {
      parts.add(c.message("task.field.milestone") + ": #" + f.milestone());
    }
    if (f.q() != null && !f.q().isBlank()) {
      parts.add(c.message("task.filter.q") + ": " + f.q().strip());
    }
    if (f.deadlineFrom() != null) {
      parts.add(
          c.message("task.filter.deadlineFrom") + ": " + Formats.formatDate(f.deadlineFrom()));
    }
    if (f.deadlineTo() != null) {
      parts.add(c.message("task.filter.deadlineTo") + ": " + Formats.formatDate(f.deadlineTo()));
    }
    String filter = parts.isEmpty() ? c.message("export.filter.none") : String.join("; ", parts);
    return List.of(
        Map.entry(c.message("export.filter"), filter),
        Map.entry(c.message("export.asOf"), Formats.formatDate(day)),
        Map.entry(
            c.message("export.by"),
            c.message(
                "export.byLine",
                actor.fullName(),
                Formats.formatDateTime(clock.instant(), clock.getZone()))));
  }

  private static String enumPart(ExportColumns c, String label, String prefix, Enum<?> value) {
    return c.message(label) + ": " + c.message(prefix + "." + value.name());
  }

  private static SheetWriter<TaskRows.Row> open(
      Format format, HttpServletResponse response, ExportColumns columns) {
    try {
      return format == Format.XLSX
          ? SheetWriter.xlsx(
              response.getOutputStream(), columns.message("dashboard.export.sheet"), columns.all())
          : SheetWriter.csv(response.getOutputStream(), columns.all());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private interface IoAction {
    void run() throws IOException;
  }

  private static void io(IoAction action) {
    try {
      action.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
