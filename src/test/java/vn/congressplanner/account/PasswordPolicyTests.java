package vn.congressplanner.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.congressplanner.system.RuleViolation;

/** Issue 11 §7: beyond length, refuse the obvious (OWASP ASVS 5.0 §6.2). */
class PasswordPolicyTests {

  private static List<String> codes(String password, String username, String fullName) {
    List<RuleViolation> out = new ArrayList<>();
    PasswordPolicy.check("newPassword", password, username, fullName, out);
    return out.stream().map(RuleViolation::code).toList();
  }

  @Test
  void repeatedCharactersAreRefused() {
    assertThat(codes("aaaaaaaaaaaa", "an", null)).containsExactly("password.tooSimple");
    assertThat(codes("abababababab", "an", null)).containsExactly("password.tooSimple");
    assertThat(codes("abcabcabcabc", "an", null)).containsExactly("password.tooSimple");
    // Four distinct characters is the edge: allowed by this rule.
    assertThat(codes("abcdabcdabcd", "an", null)).isEmpty();
  }

  @Test
  void commonPasswordsFromTheShippedListAreRefusedWhateverTheCase() {
    assertThat(codes("password123", "an", null)).containsExactly("password.tooCommon");
    assertThat(codes("PassWord123", "an", null)).containsExactly("password.tooCommon");
    assertThat(codes("matkhau123", "an", null)).containsExactly("password.tooCommon");
    assertThat(codes("1234567890", "an", null)).containsExactly("password.tooCommon");
    assertThat(codes("password1235x", "an", null)).isEmpty();
  }

  @Test
  void passwordsContainingTheUsernameOrFullNameAreRefused() {
    assertThat(codes("tuyengiao-2020!", "tuyengiao", "Nguyễn Văn An"))
        .containsExactly("password.containsName");
    assertThat(codes("XX-TuyenGiao-XX", "tuyengiao", null))
        .containsExactly("password.containsName");
    // The full name without spaces and diacritics, as people type it into passwords.
    assertThat(codes("nguyenvanan@2020", "tuyengiao", "Nguyễn Văn An"))
        .containsExactly("password.containsName");
    assertThat(codes("Nguyễn Văn An 2020", "tuyengiao", "Nguyễn Văn An"))
        .containsExactly("password.containsName");
    assertThat(codes("Một câu dài dễ nhớ", "tuyengiao", "Nguyễn Văn An")).isEmpty();
  }

  @Test
  void lengthRulesComeFirst() {
    assertThat(codes("abc", "an", null)).containsExactly("password.tooShort");
    assertThat(codes("x1".repeat(200), "an", null)).containsExactly("password.tooLong");
    assertThat(codes(null, "an", null)).containsExactly("password.tooShort");
  }
}
