package vn.congressplanner.dashboard;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.HtmlUtils;
import vn.congressplanner.task.DeadlineStatus;

/**
 * What the dashboard template renders for each table row: ready-made cells (metric name, link,
 * number), so that the hundreds of linked numbers cost the template a property read each rather
 * than method calls.
 */
final class DashboardPage {

  private DashboardPage() {}

  /**
   * One linked number. {@code series} is the deadline status (or CANCELLED, TOTAL) it counts;
   * {@code metric} is its {@code data-metric} name; {@code css} the table cell's classes (overdue
   * tasks stand out).
   */
  record Cell(String series, String metric, String href, long value) {

    public String css() {
      return value > 0 && series.equals("OVERDUE")
          ? "text-end text-danger fw-semibold"
          : "text-end";
    }
  }

  /** A table row: its label (a message key, or the text itself) and its linked numbers. */
  record Line(
      String labelKey,
      String label,
      Long departmentId,
      List<Cell> byStatus,
      Cell cancelled,
      Cell total,
      long percentBase) {

    public Cell status(String series) {
      return byStatus.stream().filter(c -> c.series().equals(series)).findFirst().orElseThrow();
    }

    public long percent(Cell cell) {
      return percentBase == 0 ? 0 : Math.round(100.0 * cell.value() / percentBase);
    }

    /**
     * The row's seven linked numbers as table cells. Written here rather than with a dozen
     * Thymeleaf expressions per cell: with hundreds of cells, expression evaluation was most of the
     * page's CPU. Everything in it is generated (numbers, metric names, encoded links) and escaped
     * all the same.
     */
    public String cellsHtml() {
      StringBuilder html = new StringBuilder(1024);
      for (Cell c : byStatus) {
        cell(html, c, c.css());
      }
      cell(html, cancelled, "text-end");
      cell(html, total, "text-end fw-semibold");
      return html.toString();
    }

    private static void cell(StringBuilder html, Cell c, String css) {
      html.append("<td class=\"")
          .append(css)
          .append("\"><a href=\"")
          .append(HtmlUtils.htmlEscape(c.href()))
          .append("\" data-metric=\"")
          .append(HtmlUtils.htmlEscape(c.metric()))
          .append("\">")
          .append(c.value())
          .append("</a></td>");
    }
  }

  static Line line(Dashboard.Row row, DashboardLinks links) {
    List<Cell> byStatus = new ArrayList<>(DeadlineStatus.values().length);
    for (DeadlineStatus s : DeadlineStatus.values()) {
      byStatus.add(
          new Cell(
              s.name(), row.metric(s.name()), links.status(row.filter(), s), row.counts().get(s)));
    }
    return new Line(
        row.labelKey(),
        row.label(),
        row.departmentId(),
        List.copyOf(byStatus),
        new Cell(
            "CANCELLED",
            row.metric("CANCELLED"),
            links.cancelled(row.filter()),
            row.counts().cancelled()),
        new Cell("TOTAL", row.metric("TOTAL"), links.total(row.filter()), row.counts().total()),
        row.counts().active());
  }

  static List<Line> lines(List<Dashboard.Row> rows, DashboardLinks links) {
    return rows.stream().map(r -> line(r, links)).toList();
  }
}
