package vn.congressplanner.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import org.springframework.stereotype.Component;

/** Display formats for templates ({@code ${@fmt.date(d)}}): dd/MM/yyyy in the congress zone. */
@Component("fmt")
public class Formats {

  public static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
  public static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm").withResolverStyle(ResolverStyle.STRICT);

  private final PlannerProperties properties;

  public Formats(PlannerProperties properties) {
    this.properties = properties;
  }

  public String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  public String dateTime(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant.atZone(properties.zone()));
  }
}
