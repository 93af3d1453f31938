package vn.congressplanner.system.sheet;

import java.util.function.Function;

/**
 * One column of an exported sheet: its header (already in the reader's language), what kind of cell
 * it holds, its width in characters and how to take its value from a row ({@code null}: an empty
 * cell).
 */
public record SheetColumn<R>(String header, Kind kind, int width, Function<R, Object> value) {

  public enum Kind {
    /** Text, written as is (formula-like text is neutralised in CSV). */
    TEXT,
    /** A number: integer or decimal. */
    NUMBER,
    /** Money in whole đồng: a number cell shown {@code 1.234.567 ₫}. */
    MONEY,
    /** A {@link java.time.LocalDate}: a real date cell shown dd/mm/yyyy. */
    DATE
  }

  public static <R> SheetColumn<R> text(String header, int width, Function<R, Object> value) {
    return new SheetColumn<>(header, Kind.TEXT, width, value);
  }

  public static <R> SheetColumn<R> number(String header, int width, Function<R, Object> value) {
    return new SheetColumn<>(header, Kind.NUMBER, width, value);
  }

  public static <R> SheetColumn<R> money(String header, int width, Function<R, Object> value) {
    return new SheetColumn<>(header, Kind.MONEY, width, value);
  }

  public static <R> SheetColumn<R> date(String header, int width, Function<R, Object> value) {
    return new SheetColumn<>(header, Kind.DATE, width, value);
  }
}
