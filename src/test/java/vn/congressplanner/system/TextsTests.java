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
}
