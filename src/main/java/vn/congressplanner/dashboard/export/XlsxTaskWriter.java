package vn.congressplanner.dashboard.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.congressplanner.dashboard.TaskRows;

/**
 * XLSX through POI's streaming SXSSF: only the last {@link #WINDOW} rows stay in memory, the rest
 * go to a compressed temporary file, so a 100,000-row export needs a few megabytes of heap. Dates
 * are real date cells shown dd/mm/yyyy; the header row is frozen and filterable; widths are set per
 * column (SXSSF cannot measure text it has already flushed).
 */
final class XlsxTaskWriter implements TaskSheetWriter {

  static final int WINDOW = 100;

  private final OutputStream out;
  private final ExportColumns columns;
  private final SXSSFWorkbook workbook;
  private final SXSSFSheet sheet;
  private final CellStyle headerStyle;
  private final CellStyle dateStyle;
  private final CellStyle noteStyle;
  private int rowIndex;
  private boolean filtered;

  XlsxTaskWriter(OutputStream out, ExportColumns columns) {
    this.out = out;
    this.columns = columns;
    this.workbook = new SXSSFWorkbook(WINDOW);
    workbook.setCompressTempFiles(true);
    this.sheet = workbook.createSheet(columns.message("dashboard.export.sheet"));

    Font bold = workbook.createFont();
    bold.setBold(true);
    headerStyle = workbook.createCellStyle();
    headerStyle.setFont(bold);
    headerStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    headerStyle.setBorderBottom(BorderStyle.THIN);
    headerStyle.setWrapText(true);
    headerStyle.setVerticalAlignment(VerticalAlignment.CENTER);

    dateStyle = workbook.createCellStyle();
    dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));

    Font italic = workbook.createFont();
    italic.setItalic(true);
    noteStyle = workbook.createCellStyle();
    noteStyle.setFont(italic);
  }

  @Override
  public void header() {
    List<ExportColumns.Column> all = columns.all();
    Row row = sheet.createRow(rowIndex++);
    for (int i = 0; i < all.size(); i++) {
      Cell cell = row.createCell(i);
      cell.setCellValue(columns.header(all.get(i)));
      cell.setCellStyle(headerStyle);
      sheet.setColumnWidth(i, Math.min(255, all.get(i).width()) * 256);
    }
    sheet.createFreezePane(0, 1);
  }

  @Override
  public void row(TaskRows.Row task) {
    List<ExportColumns.Column> all = columns.all();
    Row row = sheet.createRow(rowIndex++);
    for (int i = 0; i < all.size(); i++) {
      Object value = all.get(i).value().apply(task);
      if (value == null) {
        continue;
      }
      Cell cell = row.createCell(i);
      if (value instanceof LocalDate date) {
        cell.setCellValue(date);
        cell.setCellStyle(dateStyle);
      } else if (value instanceof Number number) {
        cell.setCellValue(number.doubleValue());
      } else {
        cell.setCellValue(truncate(value.toString()));
      }
    }
  }

  @Override
  public void note(String text) {
    filter();
    rowIndex++; // one empty row between the table and the note
    Cell cell = sheet.createRow(rowIndex++).createCell(0);
    cell.setCellValue(text);
    cell.setCellStyle(noteStyle);
  }

  @Override
  public void finish() throws IOException {
    filter();
    workbook.write(out);
    out.flush();
  }

  @Override
  public void close() throws IOException {
    workbook.dispose(); // deletes the temporary file
    workbook.close();
  }

  /** An auto-filter over the header and the task rows (not the note below them). */
  private void filter() {
    if (!filtered && rowIndex > 1) {
      sheet.setAutoFilter(new CellRangeAddress(0, rowIndex - 1, 0, columns.all().size() - 1));
    }
    filtered = true;
  }

  /** Excel refuses cells longer than 32,767 characters. */
  private static String truncate(String value) {
    return value.length() > 32_767 ? value.substring(0, 32_767) : value;
  }
}
