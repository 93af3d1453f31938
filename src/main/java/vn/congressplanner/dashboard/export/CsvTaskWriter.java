package vn.congressplanner.dashboard.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import vn.congressplanner.dashboard.TaskRows;

/**
 * RFC 4180 CSV as Excel reads it: UTF-8 with a byte-order mark (without it Excel guesses the
 * Windows code page and breaks the diacritics), CRLF line ends, quotes where needed. Dates are ISO
 * {@code yyyy-MM-dd}, which Excel reads as dates in every locale (dd/MM/yyyy would turn 01/07 into
 * January 7 under a US locale). A cell that would start with {@code = + - @} is prefixed with an
 * apostrophe so that a spreadsheet never runs it as a formula.
 */
final class CsvTaskWriter implements TaskSheetWriter {

  private final Writer out;
  private final ExportColumns columns;
  private final StringBuilder line = new StringBuilder(512);

  CsvTaskWriter(OutputStream out, ExportColumns columns) {
    this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    this.columns = columns;
  }

  @Override
  public void header() throws IOException {
    out.write('\uFEFF');
    List<ExportColumns.Column> all = columns.all();
    for (int i = 0; i < all.size(); i++) {
      cell(i, columns.header(all.get(i)));
    }
    end();
  }

  @Override
  public void row(TaskRows.Row row) throws IOException {
    List<ExportColumns.Column> all = columns.all();
    for (int i = 0; i < all.size(); i++) {
      Object value = all.get(i).value().apply(row);
      cell(i, value instanceof LocalDate d ? d.toString() : value == null ? "" : value.toString());
    }
    end();
  }

  @Override
  public void note(String text) throws IOException {
    cell(0, text);
    end();
  }

  @Override
  public void finish() throws IOException {
    out.flush();
  }

  @Override
  public void close() {
    // the response owns the stream
  }

  private void cell(int index, String value) {
    if (index > 0) {
      line.append(',');
    }
    line.append(escape(value));
  }

  private void end() throws IOException {
    line.append("\r\n");
    out.write(line.toString());
    line.setLength(0);
  }

  static String escape(String value) {
    String v = value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    boolean quote =
        v.indexOf(',') >= 0
            || v.indexOf('"') >= 0
            || v.indexOf('\n') >= 0
            || v.indexOf('\r') >= 0
            || v.indexOf(';') >= 0;
    return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
  }
}
