package vn.congressplanner.system.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

/**
 * XLSX through POI's streaming SXSSF: only the last {@link #WINDOW} rows stay in memory, the rest
 * go to a compressed temporary file, so a 100,000-row export needs a few megabytes of heap. Dates
 * are real date cells shown dd/mm/yyyy, money number cells shown {@code 1.234.567 ₫}; the header
 * row is frozen and filterable; widths are set per column (SXSSF cannot measure text it has already
 * flushed).
 */
final class XlsxSheetWriter<R> implements SheetWriter<R> {

  static final int WINDOW = 100;

  /** Excel's own format code: thousands grouped, no decimals, the đồng sign after a space. */
  static final String MONEY_FORMAT = "#,##0 \"₫\"";

  private final OutputStream out;
  private final List<SheetColumn<R>> columns;
  private final SXSSFWorkbook workbook;
  private final SXSSFSheet sheet;
  private final CellStyle headerStyle;
  private final CellStyle dateStyle;
  private final CellStyle moneyStyle;
  private final CellStyle boldStyle;
  private final CellStyle boldMoneyStyle;
  private final CellStyle noteStyle;
  private final CellStyle titleStyle;
  private int rowIndex;
  private int headerRow;
  private int lastTableRow;
  private boolean filtered;

  XlsxSheetWriter(OutputStream out, String sheetName, List<SheetColumn<R>> columns) {
    this.out = out;
    this.columns = columns;
    this.workbook = new SXSSFWorkbook(WINDOW);
    workbook.setCompressTempFiles(true);
    this.sheet = workbook.createSheet(sheetName);

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
    moneyStyle = workbook.createCellStyle();
    moneyStyle.setDataFormat(workbook.createDataFormat().getFormat(MONEY_FORMAT));
    boldStyle = workbook.createCellStyle();
    boldStyle.setFont(bold);
    boldMoneyStyle = workbook.createCellStyle();
    boldMoneyStyle.setFont(bold);
    boldMoneyStyle.setDataFormat(workbook.createDataFormat().getFormat(MONEY_FORMAT));

    Font large = workbook.createFont();
    large.setBold(true);
    large.setFontHeightInPoints((short) 14);
    titleStyle = workbook.createCellStyle();
    titleStyle.setFont(large);

    Font italic = workbook.createFont();
    italic.setItalic(true);
    noteStyle = workbook.createCellStyle();
    noteStyle.setFont(italic);
  }

  @Override
  public void titleBlock(String title, List<Map.Entry<String, String>> lines) {
    Cell heading = sheet.createRow(rowIndex++).createCell(0);
    heading.setCellValue(truncate(title));
    heading.setCellStyle(titleStyle);
    for (Map.Entry<String, String> line : lines) {
      Row row = sheet.createRow(rowIndex++);
      Cell label = row.createCell(0);
      label.setCellValue(truncate(line.getKey()));
      label.setCellStyle(boldStyle);
      row.createCell(1).setCellValue(truncate(line.getValue() == null ? "" : line.getValue()));
    }
    rowIndex++; // an empty row between the block and the table
  }

  @Override
  public void header() {
    headerRow = rowIndex;
    Row row = sheet.createRow(rowIndex++);
    for (int i = 0; i < columns.size(); i++) {
      Cell cell = row.createCell(i);
      cell.setCellValue(columns.get(i).header());
      cell.setCellStyle(headerStyle);
      sheet.setColumnWidth(i, Math.min(255, columns.get(i).width()) * 256);
    }
    sheet.createFreezePane(0, headerRow + 1);
  }

  @Override
  public void row(R value) {
    Row row = sheet.createRow(rowIndex++);
    for (int i = 0; i < columns.size(); i++) {
      write(row, i, columns.get(i), columns.get(i).value().apply(value), false);
    }
    lastTableRow = rowIndex - 1;
  }

  @Override
  public void section(String title) {
    Cell cell = sheet.createRow(rowIndex++).createCell(0);
    cell.setCellValue(truncate(title));
    cell.setCellStyle(boldStyle);
  }

  @Override
  public void total(String label, Map<String, Object> values) {
    Row row = sheet.createRow(rowIndex++);
    Cell first = row.createCell(0);
    first.setCellValue(truncate(label));
    first.setCellStyle(boldStyle);
    for (int i = 1; i < columns.size(); i++) {
      write(row, i, columns.get(i), values.get(columns.get(i).header()), true);
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

  private void write(Row row, int index, SheetColumn<R> column, Object value, boolean bold) {
    if (value == null) {
      return;
    }
    Cell cell = row.createCell(index);
    if (value instanceof LocalDate date) {
      cell.setCellValue(date);
      cell.setCellStyle(dateStyle);
    } else if (value instanceof Number number) {
      cell.setCellValue(number.doubleValue());
      if (column.kind() == SheetColumn.Kind.MONEY) {
        cell.setCellStyle(bold ? boldMoneyStyle : moneyStyle);
      } else if (bold) {
        cell.setCellStyle(boldStyle);
      }
    } else {
      cell.setCellValue(truncate(value.toString()));
      if (bold) {
        cell.setCellStyle(boldStyle);
      }
    }
  }

  /** An auto-filter over the header and the table rows (not the lines below them). */
  private void filter() {
    if (!filtered && lastTableRow > headerRow) {
      sheet.setAutoFilter(new CellRangeAddress(headerRow, lastTableRow, 0, columns.size() - 1));
    }
    filtered = true;
  }

  /** Excel refuses cells longer than 32,767 characters. */
  private static String truncate(String value) {
    return value.length() > 32_767 ? value.substring(0, 32_767) : value;
  }
}
