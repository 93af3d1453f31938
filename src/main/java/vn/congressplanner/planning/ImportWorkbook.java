package vn.congressplanner.planning;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.congressplanner.system.Texts;

/**
 * The XLSX side of the import: the template (header row, drop-down lists for the coded columns and
 * the departments and milestones, an instructions sheet) and reading an uploaded file back into
 * cells as typed. Reading is held to POI's zip-bomb limits and to {@link #MAX_ROWS}.
 */
final class ImportWorkbook {

  static final int MAX_ROWS = 5000;
  static final String DATA_SHEET = "NhiemVu";
  static final String LISTS_SHEET = "DanhMuc";
  static final String HELP_SHEET = "HuongDan";

  /** The file is not an XLSX we can read; {@code code} is the message key. */
  static final class Unreadable extends Exception {
    final String code;
    final Object[] args;

    Unreadable(String code, Object... args) {
      super(code);
      this.code = code;
      this.args = args;
    }
  }

  static {
    // Zip-bomb guards: refuse entries that inflate more than 100× or beyond 100 MB.
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
  }

  private ImportWorkbook() {}

  /** The typed cells of every non-empty row below the header of the first sheet. */
  static List<Map<ImportColumn, String>> read(InputStream in, List<String> expectedHeaders)
      throws Unreadable {
    try (Workbook wb = new XSSFWorkbook(in)) {
      Sheet sheet = wb.getSheet(DATA_SHEET);
      if (sheet == null) {
        sheet = wb.getSheetAt(0);
      }
      Row header = sheet.getRow(0);
      DataFormatter formatter = new DataFormatter();
      if (header == null
          || !expectedHeaders.get(0).equalsIgnoreCase(text(header.getCell(0), formatter))) {
        throw new Unreadable("import.file.notTemplate", expectedHeaders.get(0));
      }
      if (sheet.getLastRowNum() > MAX_ROWS + 1) {
        throw new Unreadable("import.file.tooManyRows", MAX_ROWS);
      }
      List<Map<ImportColumn, String>> rows = new ArrayList<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (row == null) {
          continue;
        }
        Map<ImportColumn, String> cells = new EnumMap<>(ImportColumn.class);
        boolean empty = true;
        for (ImportColumn c : ImportColumn.values()) {
          String value = kept(text(row.getCell(c.ordinal()), formatter), c);
          cells.put(c, value);
          empty &= value == null;
        }
        if (!empty) {
          if (rows.size() == MAX_ROWS) {
            throw new Unreadable("import.file.tooManyRows", MAX_ROWS);
          }
          rows.add(cells);
        }
      }
      if (rows.isEmpty()) {
        throw new Unreadable("import.file.noRows");
      }
      return rows;
    } catch (Unreadable e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // Not a zip, not OOXML, a zip bomb (POI says so with an IOException): one clear message.
      throw new Unreadable("import.file.unreadable");
    }
  }

  /**
   * A cell as the other inputs are taken (issue 11): without NUL, control characters or bidi
   * overrides, NFC; and no longer than its column keeps (a cell takes 32,767 characters).
   */
  private static String kept(String value, ImportColumn column) {
    String clean = Texts.clean(value);
    return clean == null || clean.length() <= column.maxLength
        ? clean
        : clean.substring(0, column.maxLength);
  }

  /** A date cell as ISO yyyy-MM-dd, a number without ".0", anything else as shown; blank: null. */
  private static String text(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return null;
    }
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      LocalDate d = cell.getLocalDateTimeCellValue().toLocalDate();
      return d.toString();
    }
    String value = formatter.formatCellValue(cell).strip();
    return value.isEmpty() ? null : value;
  }

  /** The lists the template offers: each column's choices, and the instructions. */
  record Template(
      List<String> headers,
      Map<ImportColumn, List<String>> choices,
      List<String> instructions,
      String helpTitle) {}

  static void writeTemplate(Template t, OutputStream out) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet data = wb.createSheet(DATA_SHEET);
      Sheet lists = wb.createSheet(LISTS_SHEET);
      Sheet help = wb.createSheet(HELP_SHEET);
      XSSFCellStyle bold = wb.createCellStyle();
      Font font = wb.createFont();
      font.setBold(true);
      bold.setFont(font);
      Row header = data.createRow(0);
      for (int i = 0; i < t.headers().size(); i++) {
        Cell cell = header.createCell(i);
        cell.setCellValue(t.headers().get(i));
        cell.setCellStyle(bold);
        data.setColumnWidth(i, (i == 0 || i == ImportColumn.DESCRIPTION.ordinal() ? 50 : 22) * 256);
      }
      data.createFreezePane(0, 1);
      DataValidationHelper helper = data.getDataValidationHelper();
      int listColumn = 0;
      for (Map.Entry<ImportColumn, List<String>> e : t.choices().entrySet()) {
        List<String> values = e.getValue();
        Row top = lists.getRow(0) == null ? lists.createRow(0) : lists.getRow(0);
        top.createCell(listColumn).setCellValue(t.headers().get(e.getKey().ordinal()));
        for (int i = 0; i < values.size(); i++) {
          Row r = lists.getRow(i + 1) == null ? lists.createRow(i + 1) : lists.getRow(i + 1);
          r.createCell(listColumn).setCellValue(values.get(i));
        }
        lists.setColumnWidth(listColumn, 40 * 256);
        if (!values.isEmpty()) {
          String col = org.apache.poi.ss.util.CellReference.convertNumToColString(listColumn);
          DataValidationConstraint constraint =
              helper.createFormulaListConstraint(
                  LISTS_SHEET + "!$" + col + "$2:$" + col + "$" + (values.size() + 1));
          DataValidation validation =
              helper.createValidation(
                  constraint,
                  new CellRangeAddressList(
                      1, MAX_ROWS, e.getKey().ordinal(), e.getKey().ordinal()));
          // The cooperating column takes several names separated by ";": a hint, not a stop.
          validation.setShowErrorBox(e.getKey() != ImportColumn.COOPERATING_DEPARTMENTS);
          validation.setSuppressDropDownArrow(true);
          data.addValidationData(validation);
        }
        listColumn++;
      }
      Row title = help.createRow(0);
      title.createCell(0).setCellValue(t.helpTitle());
      title.getCell(0).setCellStyle(bold);
      for (int i = 0; i < t.instructions().size(); i++) {
        help.createRow(i + 2).createCell(0).setCellValue(t.instructions().get(i));
      }
      help.setColumnWidth(0, 120 * 256);
      wb.write(out);
    }
  }
}
