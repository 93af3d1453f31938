package vn.congressplanner.system;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text normalisation shared by binding, uniqueness keys and diacritics-free search. */
public final class Texts {

  /**
   * Vietnamese alphabetical order of names ("Đ" after "D", not after "Z" as in the databases' C
   * collation); {@code null} first. A {@link java.text.Collator} is synchronised inside, so each
   * thread keeps its own instead of all requests queueing on one.
   */
  public static final java.util.Comparator<String> VIETNAMESE_ORDER =
      java.util.Comparator.nullsFirst((a, b) -> Holder.COLLATOR.get().compare(a, b));

  private static final class Holder {
    static final ThreadLocal<java.text.Collator> COLLATOR =
        ThreadLocal.withInitial(
            () -> java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi")));
  }

  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /**
   * What no text here may hold: C0/C1 control characters except tab and line breaks (PostgreSQL
   * refuses NUL outright, and the others only hide text or break exports), and the bidirectional
   * embeddings, overrides and isolates that make "exe.txt" read as "txt.exe" (issue 11 §2, §9).
   */
  private static final Pattern UNSAFE =
      Pattern.compile(
          "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069]");

  private Texts() {}

  /**
   * NFC-normalised, trimmed, without control characters or bidi overrides ({@link #safe}); blank
   * becomes {@code null}. Every bound request value goes through it (WebConfiguration), so no
   * handler or query ever sees a NUL.
   */
  public static String clean(String value) {
    if (value == null) {
      return null;
    }
    String normalized = Normalizer.normalize(safe(value), Normalizer.Form.NFC).strip();
    return normalized.isEmpty() ? null : normalized;
  }

  /**
   * The text without control characters (tab, line feed and carriage return stay) and bidi
   * overrides; otherwise exactly as given (passwords keep their spaces).
   */
  public static String safe(String value) {
    return value == null ? null : UNSAFE.matcher(value).replaceAll("");
  }

  /** Key for case-insensitive uniqueness: NFC, case folded, inner spaces collapsed. */
  public static String uniqueKey(String value) {
    String clean = clean(value);
    return clean == null ? null : SPACES.matcher(clean).replaceAll(" ").toLowerCase(Locale.ROOT);
  }

  /**
   * Folds Vietnamese text for search: no diacritics, no case, "đ" as "d". "Đại hội", "DAI HOI" and
   * the decomposed spelling all fold to "dai hoi".
   */
  public static String fold(String value) {
    if (value == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(value, Normalizer.Form.NFD);
    String stripped = COMBINING_MARKS.matcher(decomposed).replaceAll("");
    stripped = stripped.replace('đ', 'd').replace('Đ', 'D');
    return SPACES.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
