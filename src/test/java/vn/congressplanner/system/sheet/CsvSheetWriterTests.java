package vn.congressplanner.system.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvSheetWriterTests {

  @Test
  void quotesOnlyWhatNeedsIt() {
    assertThat(CsvSheetWriter.escape("Tuyên truyền")).isEqualTo("Tuyên truyền");
    assertThat(CsvSheetWriter.escape("a, b")).isEqualTo("\"a, b\"");
    assertThat(CsvSheetWriter.escape("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CsvSheetWriter.escape("line\nbreak")).isEqualTo("\"line\nbreak\"");
    assertThat(CsvSheetWriter.escape("")).isEmpty();
  }

  @Test
  void neverLetsASpreadsheetRunACellAsAFormula() {
    assertThat(CsvSheetWriter.escape("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(CsvSheetWriter.escape("+1")).isEqualTo("'+1");
    assertThat(CsvSheetWriter.escape("-2")).isEqualTo("'-2");
    assertThat(CsvSheetWriter.escape("@SUM(A1)")).isEqualTo("'@SUM(A1)");
  }
}
