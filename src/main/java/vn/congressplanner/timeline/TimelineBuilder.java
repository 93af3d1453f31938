package vn.congressplanner.timeline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import vn.congressplanner.account.Actor;
import vn.congressplanner.congress.Congress;
import vn.congressplanner.congress.Workstream;
import vn.congressplanner.milestone.Milestone;
import vn.congressplanner.system.Texts;
import vn.congressplanner.task.TaskFilter;
import vn.congressplanner.task.TaskRows;

/**
 * Lays out the timeline of the tasks the actor may see that match the filter: the task module's
 * read model gives the rows (one page of at most {@link #LIMIT}, in deadline order; classified
 * tasks above the actor's clearance never come back), this class only places them.
 */
@Component
class TimelineBuilder {

  /**
   * Bars drawn at most; beyond that the page says how many match and asks for a narrower filter.
   */
  static final int LIMIT = 500;

  /** Pixels per day between these bounds; the chart aims at about this width. */
  static final double MIN_PX_PER_DAY = 1.5;

  static final double MAX_PX_PER_DAY = 28;
  static final int TARGET_WIDTH = 1100;

  static final double MIN_LABEL_PX = 62;

  /** Days of margin before the first and after the last date. */
  static final int MARGIN_DAYS = 5;

  enum Grouping {
    WORKSTREAM,
    DEPARTMENT
  }

  private final TaskRows rows;
  private final Clock clock;

  TimelineBuilder(TaskRows rows, Clock clock) {
    this.rows = rows;
    this.clock = clock;
  }

  Timeline build(
      Congress congress,
      List<Milestone> milestones,
      TaskFilter filter,
      Grouping grouping,
      LocalDate today,
      Actor actor) {
    Page<TaskRows.Row> page =
        rows.page(
            filter,
            actor.clearance(),
            PageRequest.of(0, LIMIT, Sort.by("deadline").and(Sort.by("id"))));
    List<TaskRows.Row> tasks = page.getContent();

    LocalDate from = congress.getOpeningDate();
    LocalDate to = congress.getClosingDate();
    for (TaskRows.Row r : tasks) {
      from = min(from, start(r));
      to = max(to, r.deadline());
    }
    for (Milestone m : milestones) {
      from = min(from, m.getDueDate());
      to = max(to, m.getDueDate());
    }
    if (!tasks.isEmpty() || milestones.isEmpty()) {
      from = min(from, today);
      to = max(to, today);
    }
    from = from.minusDays(MARGIN_DAYS).withDayOfMonth(1);
    to = to.plusDays(MARGIN_DAYS);
    long days = ChronoUnit.DAYS.between(from, to) + 1;
    double px = Math.max(MIN_PX_PER_DAY, Math.min(MAX_PX_PER_DAY, (double) TARGET_WIDTH / days));
    Scale scale = new Scale(from, px);
    int width = scale.x(to.plusDays(1));

    // A line at every month; a label only where there is room for one ("T10/2019" is ~55 px).
    int labelEvery = (int) Math.max(1, Math.ceil(MIN_LABEL_PX / (px * 30.4)));
    List<Timeline.Tick> ticks = new ArrayList<>();
    int i = 0;
    for (LocalDate d = from; !d.isAfter(to); d = d.plusMonths(1), i++) {
      boolean labelled = i % labelEvery == 0;
      ticks.add(
          new Timeline.Tick(
              scale.x(d),
              labelled ? String.valueOf(d.getMonthValue()) : null,
              String.valueOf(d.getYear())));
    }
    List<Timeline.Marker> markers =
        milestones.stream()
            .map(
                m -> {
                  int x = scale.x(m.getDueDate()) + scale.half();
                  return new Timeline.Marker(
                      m.getId(), m.getTitle(), m.getDueDate(), x, diamond(x, 30, 6));
                })
            .toList();

    Map<String, List<Timeline.Bar>> byGroup = new LinkedHashMap<>();
    Map<String, String> keyOf = new LinkedHashMap<>();
    Function<TaskRows.Row, String> group =
        grouping == Grouping.DEPARTMENT
            ? r -> r.leadDepartment().name()
            : r -> r.workstream().name();
    for (TaskRows.Row r : tasks) {
      LocalDate start = start(r);
      int x = scale.x(start);
      int w = Math.max(4, scale.x(r.deadline().plusDays(1)) - x);
      byGroup
          .computeIfAbsent(group.apply(r), k -> new ArrayList<>())
          .add(
              new Timeline.Bar(
                  r.id(),
                  r.title(),
                  r.leadDepartment().name(),
                  start,
                  r.startDate() == null,
                  r.deadline(),
                  r.deadlineText(),
                  r.deadlineStatus(),
                  r.daysOverdue(),
                  x,
                  w));
    }
    List<Timeline.Group> groups = new ArrayList<>();
    if (grouping == Grouping.DEPARTMENT) {
      Map<String, List<Timeline.Bar>> sorted = new TreeMap<>(Texts.VIETNAMESE_ORDER);
      sorted.putAll(byGroup);
      sorted.forEach((name, bars) -> groups.add(new Timeline.Group(null, name, bars)));
    } else {
      for (Workstream ws : Workstream.values()) {
        List<Timeline.Bar> bars = byGroup.get(ws.name());
        if (bars != null) {
          groups.add(new Timeline.Group("workstream." + ws.name(), null, bars));
        }
      }
    }
    groups.forEach(g -> g.bars().sort(Comparator.comparing(Timeline.Bar::start)));
    Integer todayX =
        today.isBefore(from) || today.isAfter(to) ? null : scale.x(today) + scale.half();
    int congressX = scale.x(congress.getOpeningDate());
    return new Timeline(
        from,
        to,
        width,
        ticks,
        congressX,
        Math.max(4, scale.x(congress.getClosingDate().plusDays(1)) - congressX),
        todayX,
        markers,
        groups,
        page.getTotalElements(),
        tasks.size());
  }

  /** Where a bar starts: the start date, or the day the task was created. */
  private LocalDate start(TaskRows.Row r) {
    LocalDate start =
        r.startDate() != null ? r.startDate() : LocalDate.ofInstant(r.createdAt(), clock.getZone());
    return start.isAfter(r.deadline()) ? r.deadline() : start;
  }

  private static String diamond(int x, int y, int r) {
    return (x) + "," + (y - r) + " " + (x + r) + "," + y + " " + x + "," + (y + r) + " " + (x - r)
        + "," + y;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return b.isBefore(a) ? b : a;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return b.isAfter(a) ? b : a;
  }

  private record Scale(LocalDate from, double pxPerDay) {
    int x(LocalDate day) {
      return (int) Math.round(ChronoUnit.DAYS.between(from, day) * pxPerDay);
    }

    int half() {
      return (int) Math.round(pxPerDay / 2);
    }
  }
}
