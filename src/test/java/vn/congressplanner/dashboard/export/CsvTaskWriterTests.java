package vn.congressplanner.dashboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvTaskWriterTests {

  @Test
  void quotesOnlyWhatNeedsIt() {
    assertThat(CsvTaskWriter.escape("Tuyên truyền")).isEqualTo("Tuyên truyền");
    assertThat(CsvTaskWriter.escape("a, b")).isEqualTo("\"a, b\"");
    assertThat(CsvTaskWriter.escape("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CsvTaskWriter.escape("line\nbreak")).isEqualTo("\"line\nbreak\"");
    assertThat(CsvTaskWriter.escape("")).isEmpty();
  }

  @Test
  void neverLetsASpreadsheetRunACellAsAFormula() {
    assertThat(CsvTaskWriter.escape("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(CsvTaskWriter.escape("+1")).isEqualTo("'+1");
    assertThat(CsvTaskWriter.escape("-2")).isEqualTo("'-2");
    assertThat(CsvTaskWriter.escape("@SUM(A1)")).isEqualTo("'@SUM(A1)");
  }
}
