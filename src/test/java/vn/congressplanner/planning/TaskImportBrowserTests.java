package vn.congressplanner.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congressplanner.account.Actor;
import vn.congressplanner.account.internal.UserAccountRepository;
import vn.congressplanner.support.BrowserTest;
import vn.congressplanner.task.TaskFixtures;

/**
 * A leader imports a plan in Chromium: uploads the template with a wrong department, sees the
 * message under that cell, uploads the corrected file, confirms, and finds the task in the list
 * (with its relative deadline) and on the timeline.
 */
class TaskImportBrowserTests extends BrowserTest {

  @Autowired TaskImportService imports;
  @Autowired UserAccountRepository users;

  Path file(String lead, String title) throws Exception {
    Actor leader = users.findByUsernameIgnoreCase("lanhdao").orElseThrow().toActor();
    ByteArrayOutputStream template = new ByteArrayOutputStream();
    imports.writeTemplate(leader, template);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template.toByteArray()))) {
      Sheet sheet = wb.getSheet("NhiemVu");
      Row row = sheet.createRow(1);
      List<String> cells =
          List.of(title, "Tuyên truyền", "Trước Đại hội", lead, "", "D-30", "", "Cao", "Thường");
      for (int i = 0; i < cells.size(); i++) {
        row.createCell(i).setCellValue(cells.get(i));
      }
      Path path = Files.createTempFile("ke-hoach", ".xlsx");
      try (var out = Files.newOutputStream(path)) {
        wb.write(out);
      }
      path.toFile().deleteOnExit();
      return path;
    }
  }

  @Test
  void aLeaderFixesTheFileAfterThePreviewAndConfirms() throws Exception {
    String title = "Nhập qua trình duyệt " + TaskFixtures.token();
    login("lanhdao", "Lanhdao@2020");
    waitFor(By.cssSelector("[data-testid=current-user]"));

    open("/tasks/import");
    browser.findElement(By.id("file")).sendKeys(file("Ban Tuyen giao", title).toString());
    browser.findElement(By.cssSelector("[data-testid=import-upload]")).click();
    String error =
        waitFor(By.cssSelector("tr[data-row='1'] [data-error-for=LEAD_DEPARTMENT]")).getText();
    assertThat(error).contains("có phải “Ban Tuyên giáo Tỉnh ủy”");
    assertThat(browser.findElements(By.cssSelector("[data-testid=import-confirm]"))).isEmpty();

    browser.findElement(By.cssSelector("[data-testid=import-again]")).click();
    waitFor(By.id("file")).sendKeys(file("Ban Tuyên giáo Tỉnh ủy", title).toString());
    browser.findElement(By.cssSelector("[data-testid=import-upload]")).click();
    assertThat(
            waitFor(By.cssSelector("tr[data-row='1'] td[data-column=DEADLINE] [data-value]"))
                .getText())
        .isEqualTo("D−30 (24/08/2020)");
    browser.findElement(By.cssSelector("[data-testid=import-confirm]")).click();

    wait.until(ExpectedConditions.urlMatches(".*/tasks$"));
    open("/tasks?q=" + title.substring(title.lastIndexOf(' ') + 1));
    assertThat(waitFor(By.cssSelector("td[data-deadline-anchor=OPENING]")).getText())
        .isEqualTo("D−30 (24/08/2020)");
    assertThat(browser.getPageSource()).contains(title);

    open("/timeline?q=" + title.substring(title.lastIndexOf(' ') + 1));
    waitFor(By.cssSelector("[data-testid=timeline]"));
    assertThat(browser.findElements(By.cssSelector("[data-testid=timeline-bar]"))).hasSize(1);
    assertThat(browser.findElement(By.cssSelector("[data-testid=timeline-row]")).getText())
        .contains(title)
        .contains("D−30 (24/08/2020)");
  }
}
