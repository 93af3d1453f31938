package vn.congressplanner.task.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.congressplanner.account.Actor;
import vn.congressplanner.system.Today;
import vn.congressplanner.system.sheet.SheetWriter;
import vn.congressplanner.task.TaskFilter;
import vn.congressplanner.task.TaskRows;

/**
 * {@code GET /tasks/export?format=xlsx|csv} plus the task list's filters (SPEC §7). The file is
 * written while the rows are read, so memory does not grow with the list. Classified tasks are
 * never written to a file, whatever the user's clearance: the file's last line and the {@value
 * #EXCLUDED_HEADER} header say how many of the tasks the user could see were left out.
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

  TaskExportController(TaskRows rows, MessageSource messages, Today today) {
    this.rows = rows;
    this.messages = messages;
    this.today = today;
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
            io(() -> writer[0].header());
          },
          row -> io(() -> writer[0].row(row)));
      if (excluded[0] > 0) {
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
