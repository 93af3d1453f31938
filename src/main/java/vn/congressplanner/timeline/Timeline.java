package vn.congressplanner.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import vn.congressplanner.task.DeadlineStatus;

/**
 * A timeline ready to draw: every position is in pixels from the left edge of the chart, so that
 * the template only writes SVG attributes (no inline style: the CSP forbids it).
 *
 * @param from the first day drawn
 * @param to the last day drawn
 * @param width the chart's width in pixels
 * @param ticks the first day of each month, labelled
 * @param congressX where the congress days start
 * @param congressWidth how wide they are (opening to closing inclusive)
 * @param todayX where today is, or {@code null} outside the chart
 * @param milestones the milestones as markers
 * @param groups the bars, grouped
 * @param total how many tasks match the filter
 * @param shown how many are drawn (at most {@link TimelineBuilder#LIMIT})
 */
public record Timeline(
    LocalDate from,
    LocalDate to,
    int width,
    List<Tick> ticks,
    int congressX,
    int congressWidth,
    Integer todayX,
    List<Marker> milestones,
    List<Group> groups,
    long total,
    int shown) {

  public boolean truncated() {
    return shown < total;
  }

  /** A month boundary: {@code month}/{@code year} is shown as a message with both. */
  public record Tick(int x, String month, String year) {}

  /** A milestone at its due date. */
  public record Marker(long id, String title, LocalDate dueDate, int x, String points) {}

  /** A group of bars: a workstream (label is a message key) or a department (label is its name). */
  public record Group(String labelKey, String labelText, List<Bar> bars) {}

  /** A task's bar from its start (or creation) to its deadline. */
  public record Bar(
      long id,
      String title,
      String lead,
      LocalDate start,
      boolean startIsCreation,
      LocalDate deadline,
      String deadlineText,
      DeadlineStatus status,
      long daysOverdue,
      int x,
      int width) {

    /** The CSS class of the bar's colour; cancelled tasks have no deadline status. */
    public String colour() {
      return status == null ? "bar-CANCELLED" : "bar-" + status.name();
    }

    public long days() {
      return ChronoUnit.DAYS.between(start, deadline) + 1;
    }
  }
}
