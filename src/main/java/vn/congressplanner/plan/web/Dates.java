package vn.congressplanner.plan.web;

import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/** The date format of the pages (SPEC §1: dd/MM/yyyy). */
final class Dates {

  static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private Dates() {}
}
