package vn.congressplanner.bulletin;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.congressplanner.account.Actor;
import vn.congressplanner.system.Formats;
import vn.congressplanner.system.RuleViolation;

/**
 * Rule D12 and the coverage link rule, in one place, as plain functions of their inputs (today
 * included) so that they are tested at their edges without a clock.
 */
final class BulletinRules {

  /** A STAFF member may edit a past day's bulletin up to this many days after its date. */
  static final int STAFF_EDIT_DAYS = 2;

  static final int CONTENT_MAX = 20000;
  static final int OUTLET_MAX = 200;
  static final int TITLE_MAX = 500;
  static final int URL_MAX = 2000;

  private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

  private BulletinRules() {}

  /** The first congress day: the preparatory session, or the opening when there is none. */
  static LocalDate firstDay(LocalDate preparatory, LocalDate opening) {
    return preparatory != null ? preparatory : opening;
  }

  /**
   * D12, the date: within the congress days (the preparatory session, or the opening when there is
   * none, to the closing) and not after today.
   */
  static List<RuleViolation> date(
      LocalDate date, LocalDate firstDay, LocalDate closing, LocalDate today) {
    List<RuleViolation> violations = new ArrayList<>();
    if (date == null) {
      violations.add(new RuleViolation("date", "bulletin.date.required"));
    } else if (date.isBefore(firstDay) || date.isAfter(closing)) {
      violations.add(
          new RuleViolation(
              "date",
              "bulletin.date.outsideCongress",
              Formats.formatDate(firstDay),
              Formats.formatDate(closing)));
    } else if (date.isAfter(today)) {
      violations.add(new RuleViolation("date", "bulletin.date.future", Formats.formatDate(today)));
    }
    return violations;
  }

  /**
   * D12, the edit window: a bulletin of a past day is edited by a LEADER or ADMIN, or by anyone
   * else up to {@link #STAFF_EDIT_DAYS} days after its date.
   */
  static List<RuleViolation> editWindow(LocalDate bulletinDate, Actor actor, LocalDate today) {
    if (actor.isLeader() || ChronoUnit.DAYS.between(bulletinDate, today) <= STAFF_EDIT_DAYS) {
      return List.of();
    }
    return List.of(
        new RuleViolation(
            null,
            "bulletin.edit.tooLate",
            Formats.formatDate(bulletinDate),
            STAFF_EDIT_DAYS,
            Formats.formatDate(bulletinDate.plusDays(STAFF_EDIT_DAYS))));
  }

  /** STAFF edit only their own department's bulletins (SPEC §5); leaders and admins any. */
  static boolean mayTouch(Actor actor, Long bulletinDepartment) {
    return actor.isLeader() || actor.belongsTo(bulletinDepartment);
  }

  /**
   * A coverage link: empty, or an absolute {@code http}/{@code https} address with a host. {@code
   * javascript:}, {@code data:}, relative and every other kind of address are refused: the link is
   * shown to every reader of the bulletins and the report.
   *
   * @return the message key of the refusal, or {@code null} when the link is acceptable
   */
  static String urlProblem(String url) {
    if (url == null) {
      return null;
    }
    if (url.length() > URL_MAX) {
      return "coverage.url.tooLong";
    }
    if (url.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
      return "coverage.url.invalid";
    }
    // The scheme first, read the way browsers read it, so that "data:..." is refused as a scheme
    // whatever follows it.
    Matcher m = SCHEME.matcher(url);
    String scheme = m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return "coverage.url.scheme";
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return "coverage.url.invalid";
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      return "coverage.url.invalid";
    }
    return null;
  }
}
