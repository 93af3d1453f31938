package vn.congressplanner.system.sheet;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * RFC 4180 CSV as Excel reads it: UTF-8 with a byte-order mark (without it Excel guesses the
 * Windows code page and breaks the diacritics), CRLF line ends, quotes where needed. Dates are ISO
 * {@code yyyy-MM-dd}, which Excel reads as dates in every locale (dd/MM/yyyy would turn 01/07 into
 * January 7 under a US locale); numbers are plain ({@code 1234567.5}). A cell that would start with
 * {@code = + - @} is prefixed with an apostrophe so that a spreadsheet never runs it as a formula.
 */
final class CsvSheetWriter<R> implements SheetWriter<R> {

  private final Writer out;
  private final List<SheetColumn<R>> columns;
  private final StringBuilder line = new StringBuilder(512);

  CsvSheetWriter(OutputStream out, List<SheetColumn<R>> columns) {
    this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    this.columns = columns;
  }

  @Override
  public void header() throws IOException {
    out.write('\uFEFF');
    for (int i = 0; i < columns.size(); i++) {
      cell(i, columns.get(i).header());
    }
    end();
  }

  @Override
  public void row(R row) throws IOException {
    for (int i = 0; i < columns.size(); i++) {
      cell(i, text(columns.get(i).value().apply(row)));
    }
    end();
  }

  @Override
  public void section(String title) throws IOException {
    note(title);
  }

  @Override
  public void total(String label, Map<String, Object> values) throws IOException {
    for (int i = 0; i < columns.size(); i++) {
      cell(i, i == 0 ? label : text(values.get(columns.get(i).header())));
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
    // the caller owns the stream
  }

  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof LocalDate d) {
      return d.toString();
    }
    if (value instanceof BigDecimal n) {
      return n.toPlainString();
    }
    return value.toString();
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
