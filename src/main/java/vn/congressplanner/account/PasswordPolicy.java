package vn.congressplanner.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.congressplanner.system.RuleViolation;
import vn.congressplanner.system.Texts;

/**
 * What a chosen password must be (OWASP ASVS 5.0 §6.2): long enough ({@value
 * AccountService#MIN_PASSWORD} characters, any letters, a sentence is welcome), bounded ({@value
 * AccountService#MAX_PASSWORD}), not on the shipped list of common passwords ({@code
 * account/common-passwords.txt}), not a few characters repeated ({@code aaaaaaaaaaaa}), and not
 * containing the username or the full name. No composition rules (ASVS: they do not help).
 */
final class PasswordPolicy {

  /** Fewer distinct characters than this is a repetition, not a password. */
  static final int MIN_DISTINCT = 4;

  private static final Set<String> COMMON = load("account/common-passwords.txt");

  private PasswordPolicy() {}

  /**
   * @param username the account's username, or {@code null} to skip the name rule
   * @param fullName the account's full name, or {@code null}
   */
  static void check(
      String field, String password, String username, String fullName, List<RuleViolation> out) {
    if (password == null
        || password.codePointCount(0, password.length()) < AccountService.MIN_PASSWORD) {
      out.add(new RuleViolation(field, "password.tooShort", AccountService.MIN_PASSWORD));
      return;
    }
    if (password.length() > AccountService.MAX_PASSWORD) {
      out.add(new RuleViolation(field, "password.tooLong", AccountService.MAX_PASSWORD));
      return;
    }
    String key = key(password);
    if (key.codePoints().distinct().count() < MIN_DISTINCT) {
      out.add(new RuleViolation(field, "password.tooSimple"));
    } else if (COMMON.contains(key)) {
      out.add(new RuleViolation(field, "password.tooCommon"));
    } else if (containsName(password, username, fullName)) {
      out.add(new RuleViolation(field, "password.containsName"));
    }
  }

  /** Username or full name inside the password, ignoring case, diacritics and spaces. */
  static boolean containsName(String password, String username, String fullName) {
    String folded = Texts.fold(password).replace(" ", "");
    String user = username == null ? "" : Texts.fold(username).replace(" ", "");
    String name = fullName == null ? "" : Texts.fold(fullName).replace(" ", "");
    return (user.length() >= 3 && folded.contains(user))
        || (name.length() >= 4 && folded.contains(name));
  }

  private static String key(String password) {
    return Normalizer.normalize(password, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  private static Set<String> load(String resource) {
    Set<String> words = new HashSet<>();
    var stream = PasswordPolicy.class.getClassLoader().getResourceAsStream(resource);
    if (stream == null) {
      throw new IllegalStateException("missing " + resource);
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      reader
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .forEach(l -> words.add(key(l)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}
