package vn.congressplanner.budget.web;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.congressplanner.budget.BudgetLine;
import vn.congressplanner.budget.BudgetService;

/**
 * The estimate as an XLSX workbook (POI): a header, one group per category with its lines and a
 * subtotal, and the total. Amounts are numeric cells with a VND number format; subtotals and the
 * total are SUM formulas (what Excel users expect to find) whose values are also stored, so that a
 * reader without a formula engine sees the numbers. An estimate is a few hundred lines at most: an
 * in-memory workbook is fine (the task exports stream, they can reach 100,000 rows).
 */
@Component
class BudgetWorkbook {

  static final String MONEY_FORMAT = "#,##0 \"₫\"";
  static final String QUANTITY_FORMAT = "#,##0.00";

  private final MessageSource messages;

  BudgetWorkbook(MessageSource messages) {
    this.messages = messages;
  }

  void write(BudgetService.Estimate estimate, Locale locale, OutputStream out) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      new Writer(wb, estimate, locale).write();
      XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
      wb.write(out);
    }
  }

  private final class Writer {
    final XSSFWorkbook wb;
    final BudgetService.Estimate estimate;
    final Locale locale;
    final Sheet sheet;
    final boolean settled;
    final int columns;
    final CellStyle title;
    final CellStyle header;
    final CellStyle text;
    final CellStyle money;
    final CellStyle quantity;
    final CellStyle category;
    final CellStyle subtotalText;
    final CellStyle subtotalMoney;
    int rowIndex;

    Writer(XSSFWorkbook wb, BudgetService.Estimate estimate, Locale locale) {
      this.wb = wb;
      this.estimate = estimate;
      this.locale = locale;
      this.sheet = wb.createSheet(msg("budget.xlsx.sheet"));
      this.settled = estimate.settled() || estimate.settling();
      this.columns = settled ? 10 : 8;
      Font bold = wb.createFont();
      bold.setBold(true);
      Font big = wb.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 14);
      short moneyFormat = wb.createDataFormat().getFormat(MONEY_FORMAT);
      short quantityFormat = wb.createDataFormat().getFormat(QUANTITY_FORMAT);
      title = wb.createCellStyle();
      title.setFont(big);
      header = bordered();
      header.setFont(bold);
      header.setWrapText(true);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      text = bordered();
      text.setWrapText(true);
      money = bordered();
      money.setDataFormat(moneyFormat);
      quantity = bordered();
      quantity.setDataFormat(quantityFormat);
      category = bordered();
      category.setFont(bold);
      subtotalText = bordered();
      subtotalText.setFont(bold);
      subtotalMoney = bordered();
      subtotalMoney.setFont(bold);
      subtotalMoney.setDataFormat(moneyFormat);
    }

    CellStyle bordered() {
      CellStyle s = wb.createCellStyle();
      s.setBorderBottom(BorderStyle.THIN);
      s.setBorderTop(BorderStyle.THIN);
      s.setBorderLeft(BorderStyle.THIN);
      s.setBorderRight(BorderStyle.THIN);
      return s;
    }

    String msg(String key, Object... args) {
      return messages.getMessage(key, args, locale);
    }

    void write() {
      var m = estimate.milestone();
      titleRow(msg("budget.xlsx.title"));
      titleRow(estimate.congressName());
      titleRow(m.getTitle());
      titleRow(msg("budget.xlsx.status", msg("milestoneStatus." + m.getStatus())));
      rowIndex++;
      Row head = sheet.createRow(rowIndex++);
      List<String> headers =
          new ArrayList<>(
              List.of(
                  msg("budget.col.no"),
                  msg("budget.col.item"),
                  msg("budget.col.unit"),
                  msg("budget.col.quantity"),
                  msg("budget.col.unitPrice"),
                  msg("budget.col.amount"),
                  msg("budget.col.department"),
                  msg("budget.col.note")));
      if (settled) {
        headers.add(msg("budget.col.actual"));
        headers.add(msg("budget.col.difference"));
      }
      for (int i = 0; i < headers.size(); i++) {
        cell(head, i, headers.get(i), header);
      }
      sheet.createFreezePane(0, rowIndex);
      List<Integer> subtotalRows = new ArrayList<>();
      int groupNo = 0;
      for (BudgetService.CategoryGroup g : estimate.groups()) {
        groupNo++;
        Row cat = sheet.createRow(rowIndex++);
        String label = groupNo + ". " + msg("budgetCategory." + g.category());
        cell(cat, 0, label, category);
        for (int i = 1; i < columns; i++) {
          cell(cat, i, "", category);
        }
        sheet.addMergedRegion(
            new CellRangeAddress(cat.getRowNum(), cat.getRowNum(), 0, columns - 1));
        int first = rowIndex;
        int lineNo = 0;
        for (BudgetLine l : g.lines()) {
          lineNo++;
          Row r = sheet.createRow(rowIndex++);
          cell(r, 0, groupNo + "." + lineNo, text);
          String item =
              l.isUnplanned() ? l.getItem() + " (" + msg("budget.unplanned") + ")" : l.getItem();
          cell(r, 1, item, text);
          cell(r, 2, l.getUnit(), text);
          number(r, 3, l.getQuantity(), quantity);
          number(r, 4, l.getUnitPrice(), money);
          number(r, 5, l.getAmount(), money);
          cell(r, 6, l.getDepartment().getName(), text);
          cell(r, 7, l.getNote(), text);
          if (settled) {
            number(r, 8, l.getActualAmount(), money);
            number(r, 9, l.getDifference(), money);
          }
        }
        int last = rowIndex - 1;
        Row sub = sheet.createRow(rowIndex++);
        subtotalRows.add(sub.getRowNum());
        cell(sub, 0, "", subtotalText);
        cell(sub, 1, msg("budget.subtotal", msg("budgetCategory." + g.category())), subtotalText);
        for (int i = 2; i < columns; i++) {
          cell(sub, i, "", subtotalText);
        }
        sum(sub, 5, first, last);
        if (settled) {
          sum(sub, 8, first, last);
          difference(sub);
        }
      }
      Row total = sheet.createRow(rowIndex++);
      cell(total, 0, "", subtotalText);
      cell(total, 1, msg("budget.grandTotal"), subtotalText);
      for (int i = 2; i < columns; i++) {
        cell(total, i, "", subtotalText);
      }
      addUp(total, 5, subtotalRows);
      if (settled) {
        addUp(total, 8, subtotalRows);
        difference(total);
      }
      int[] widths = {7, 48, 12, 11, 16, 18, 28, 30, 18, 18};
      for (int i = 0; i < columns; i++) {
        sheet.setColumnWidth(i, widths[i] * 256);
      }
    }

    void titleRow(String value) {
      Row r = sheet.createRow(rowIndex++);
      Cell c = r.createCell(0);
      c.setCellValue(value);
      c.setCellStyle(title);
    }

    void cell(Row r, int col, String value, CellStyle style) {
      Cell c = r.createCell(col);
      if (value != null) {
        c.setCellValue(value);
      }
      c.setCellStyle(style);
    }

    /** Money as a number: whole đồng fits a double exactly up to 2^53 (> 10^15). */
    void number(Row r, int col, BigDecimal value, CellStyle style) {
      Cell c = r.createCell(col);
      if (value != null) {
        c.setCellValue(value.doubleValue());
      }
      c.setCellStyle(style);
    }

    void sum(Row r, int col, int first, int last) {
      Cell c = r.createCell(col);
      String letter = CellReference.convertNumToColString(col);
      c.setCellFormula("SUM(" + letter + (first + 1) + ":" + letter + (last + 1) + ")");
      c.setCellStyle(subtotalMoney);
    }

    void addUp(Row r, int col, List<Integer> rows) {
      Cell c = r.createCell(col);
      String letter = CellReference.convertNumToColString(col);
      c.setCellFormula(
          rows.isEmpty()
              ? "0"
              : String.join("+", rows.stream().map(i -> letter + (i + 1)).toList()));
      c.setCellStyle(subtotalMoney);
    }

    void difference(Row r) {
      Cell c = r.createCell(9);
      int n = r.getRowNum() + 1;
      c.setCellFormula("I" + n + "-F" + n);
      c.setCellStyle(subtotalMoney);
    }
  }
}
