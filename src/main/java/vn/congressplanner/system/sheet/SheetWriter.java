package vn.congressplanner.system.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * Writes a table row by row straight to a stream, with bounded memory whatever the number of rows
 * (exports of 100,000 tasks, budget lines, import templates). Open one with {@link #xlsx} or {@link
 * #csv}; call {@link #header()}, then {@link #row} per row, optionally {@link #section} or {@link
 * #note} lines, then {@link #finish()}; always {@link #close()}.
 */
public interface SheetWriter<R> extends AutoCloseable {

  static <R> SheetWriter<R> xlsx(OutputStream out, String sheetName, List<SheetColumn<R>> columns) {
    return new XlsxSheetWriter<>(out, sheetName, columns);
  }

  static <R> SheetWriter<R> csv(OutputStream out, List<SheetColumn<R>> columns) {
    return new CsvSheetWriter<>(out, columns);
  }

  /**
   * A title block above the table: a bold title and "label: value" lines (e.g. the congress, the
   * filter, the day the figures are as of, who exported), then an empty row; call it before {@link
   * #header()}. A CSV file writes none: its first line stays the header, so that a machine import
   * reads the file as it is.
   */
  default void titleBlock(String title, List<Map.Entry<String, String>> lines) throws IOException {}

  void header() throws IOException;

  void row(R row) throws IOException;

  /** A heading line between groups of rows (e.g. a budget category), in bold where it can be. */
  void section(String title) throws IOException;

  /**
   * A total line: {@code label} in the first column and {@code values} in the columns whose headers
   * are the keys (values of the columns' kinds).
   */
  void total(String label, java.util.Map<String, Object> values) throws IOException;

  /** A closing line below the rows (e.g. the classified tasks left out). */
  void note(String text) throws IOException;

  /** Completes the file; nothing more is written. */
  void finish() throws IOException;

  /** Releases what the writer holds (temporary files), also after a failure. */
  @Override
  void close() throws IOException;
}
