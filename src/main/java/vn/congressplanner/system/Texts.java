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

  private Texts() {}

  /** NFC-normalised and trimmed; blank becomes {@code null}. */
  public static String clean(String value) {
    if (value == null) {
      return null;
    }
    String normalized = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
    return normalized.isEmpty() ? null : normalized;
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
