package vn.congressplanner.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextsTests {

  @Test
  void foldRemovesDiacriticsCaseAndMapsDStroke() {
    assertThat(Texts.fold("Tuyên truyền")).isEqualTo("tuyen truyen");
    assertThat(Texts.fold("TUYÊN TRUYỀN")).isEqualTo("tuyen truyen");
    assertThat(Texts.fold("Đại hội")).isEqualTo("dai hoi");
    assertThat(Texts.fold(Normalizer.normalize("Tuyên truyền", Normalizer.Form.NFD)))
        .isEqualTo("tuyen truyen");
  }

  @Test
  void cleanNormalisesToNfcAndBlankToNull() {
    String nfd = Normalizer.normalize("Nguyễn", Normalizer.Form.NFD);
    assertThat(Texts.clean("  " + nfd + " ")).isEqualTo("Nguyễn").hasSize(6);
    assertThat(Texts.clean("   ")).isNull();
  }

  @Test
  void uniqueKeyIgnoresCaseAndNormalForm() {
    String nfd = Normalizer.normalize("BAN TUYÊN GIÁO", Normalizer.Form.NFD);
    assertThat(Texts.uniqueKey(nfd)).isEqualTo(Texts.uniqueKey("Ban  Tuyên giáo"));
  }

  /**
   * Issue 11 §2 and §9: PostgreSQL refuses NUL; control characters and bidi overrides hide text.
   */
  @Test
  void cleanRemovesControlCharactersAndBidiOverridesButKeepsLineBreaks() {
    assertThat(Texts.clean("a\u0000b")).isEqualTo("ab");
    assertThat(Texts.clean("\u0000")).isNull();
    assertThat(Texts.clean("x\u0001\u0008\u001B\u007F\u0085y")).isEqualTo("xy");
    assertThat(Texts.clean("abc\u202Etxt.exe\u2066")).isEqualTo("abctxt.exe");
    assertThat(Texts.clean("dòng 1\r\ndòng 2\tcột")).isEqualTo("dòng 1\r\ndòng 2\tcột");
    assertThat(Texts.safe(" mật khẩu\u0000 ")).isEqualTo(" mật khẩu ");
  }
}
