package vn.congressplanner.system;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import org.springframework.stereotype.Component;

/**
 * The one place where dates, times, numbers and money become text, for Java (the static methods:
 * messages, exports, rule arguments) and for templates (the bean {@code @fmt}: {@code
 * ${@fmt.date(d)}}, {@code ${@fmt.dateTime(i)}}, {@code ${@fmt.money(a)}}, {@code
 * ${@fmt.number(q)}}). Vietnamese conventions whatever the page's language: {@code dd/MM/yyyy},
 * {@code HH:mm dd/MM/yyyy} in the congress time zone, {@code 1.234.567 ₫}, {@code 2,5}.
 */
@Component("fmt")
public class Formats {

  /** Strict: 31/04 is refused, never silently turned into 30/04. */
  public static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

  public static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("HH:mm dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

  /** The zone of the congress when no configuration is at hand (tests, static callers). */
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private final ZoneId zone;

  public Formats(PlannerProperties properties) {
    this.zone = properties.zone();
  }

  // ------------------------------------------------------------------ static, for Java callers

  /** {@code 23/09/2020}; empty for {@code null}. */
  public static String formatDate(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  /** {@code 14:05 23/09/2020} in {@code zone}; empty for {@code null}. */
  public static String formatDateTime(Instant instant, ZoneId zone) {
    return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
  }

  /** {@code 1.234.567 ₫}: whole đồng (half-up), dots between thousands; empty for {@code null}. */
  public static String formatMoney(BigDecimal amount) {
    if (amount == null) {
      return "";
    }
    return grouped(0).format(amount.setScale(0, RoundingMode.HALF_UP)) + " ₫";
  }

  public static String formatMoney(long amount) {
    return formatMoney(BigDecimal.valueOf(amount));
  }

  /**
   * {@code 1.234,5}: dots between thousands, a comma before the decimals, at most two decimals and
   * no trailing zeros ({@code 2,5}, {@code 3}); empty for {@code null}.
   */
  public static String formatNumber(BigDecimal number) {
    return number == null ? "" : grouped(2).format(number);
  }

  public static String formatNumber(long number) {
    return formatNumber(BigDecimal.valueOf(number));
  }

  /** DecimalFormat is not thread-safe: a fresh one per call is cheap next to rendering a page. */
  private static DecimalFormat grouped(int maxDecimals) {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols();
    symbols.setGroupingSeparator('.');
    symbols.setDecimalSeparator(',');
    symbols.setMinusSign('-');
    DecimalFormat format = new DecimalFormat("#,##0", symbols);
    format.setMaximumFractionDigits(maxDecimals);
    format.setRoundingMode(RoundingMode.HALF_UP);
    format.setParseBigDecimal(true);
    return format;
  }

  // ------------------------------------------------------------------ the @fmt bean, for templates

  public String date(LocalDate date) {
    return formatDate(date);
  }

  /** The day of an instant in the congress time zone: {@code 23/09/2020}. */
  public String date(Instant instant) {
    return instant == null ? "" : DATE.format(instant.atZone(zone));
  }

  public String dateTime(Instant instant) {
    return formatDateTime(instant, zone);
  }

  /** A share as a whole percentage: {@code 0.857} → {@code 86%}; empty for {@code null}. */
  public String percent(Double share) {
    return share == null ? "" : formatNumber(Math.round(share * 100)) + "%";
  }

  public String money(BigDecimal amount) {
    return formatMoney(amount);
  }

  public String money(Long amount) {
    return amount == null ? "" : formatMoney(amount);
  }

  public String number(BigDecimal number) {
    return formatNumber(number);
  }

  public String number(Long number) {
    return number == null ? "" : formatNumber(number);
  }
}
