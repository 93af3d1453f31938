package vn.congressplanner.bulletin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import vn.congressplanner.support.BrowserTest;

/**
 * After the congress (today pinned to 30/09/2020, its own database with the demo data): a staff
 * member posts the evening bulletin of the closing day and adds its coverage in place, a refused
 * javascript: link first; then a leader opens the quick report, finds the bulletin in it, and
 * downloads the PDF, which reads back in Vietnamese over several pages without classified tasks.
 */
@TestPropertySource(
    properties = {"planner.today=2020-09-30", "planner.test.database=bulletin_browser"})
class BulletinBrowserTests extends BrowserTest {

  static final String CONTENT =
      "Tối 24/9/2020, Tiểu ban tổng kết công tác tuyên truyền trong những ngày Đại hội.\n\n"
          + "Các cơ quan báo chí tiếp tục đưa tin về kết quả Đại hội.";

  @Autowired DataSource dataSource;

  @Test
  void staffPostsABulletinWithCoverageAndALeaderDownloadsTheQuickReport() throws Exception {
    login("tuyengiao", "Canbo@2020");
    wait.until(ExpectedConditions.urlContains("/dashboard"));
    browser.findElement(By.cssSelector("[data-nav=bulletins]")).click();
    WebElement form = waitFor(By.cssSelector("[data-testid=bulletin-form]"));
    new Select(form.findElement(By.name("date"))).selectByValue("2020-09-24");
    new Select(form.findElement(By.name("session"))).selectByValue("EVENING");
    form.findElement(By.name("content")).sendKeys(CONTENT);
    form.findElement(By.cssSelector("[data-testid=bulletin-submit]")).click();

    wait.until(ExpectedConditions.urlMatches(".*/bulletins/\\d+$"));
    assertThat(waitFor(By.cssSelector("[data-testid=flash-success]")).getText()).isNotBlank();
    assertThat(browser.findElement(By.cssSelector("[data-testid=bulletin-content]")).getText())
        .contains("Tiểu ban tổng kết công tác tuyên truyền", "tiếp tục đưa tin");
    String bulletinUrl = browser.getCurrentUrl();

    // A javascript: link is refused next to its field, in place, keeping what was typed.
    WebElement coverage = waitFor(By.cssSelector("[data-testid=coverage-form]"));
    coverage.findElement(By.name("outlet")).sendKeys("Báo Yên Bái");
    new Select(coverage.findElement(By.name("kind"))).selectByValue("ONLINE");
    coverage.findElement(By.name("title")).sendKeys("Tổng kết công tác tuyên truyền Đại hội");
    coverage.findElement(By.name("url")).sendKeys("javascript:alert(document.cookie)");
    coverage.findElement(By.cssSelector("[data-testid=coverage-submit]")).click();
    WebElement error = waitFor(By.cssSelector("[data-error-for=url]"));
    assertThat(error.getText()).contains("http://", "https://");
    assertThat(browser.findElement(By.name("title")).getAttribute("value"))
        .isEqualTo("Tổng kết công tác tuyên truyền Đại hội");
    assertThat(browser.findElements(By.cssSelector("[data-testid=coverage-link]"))).isEmpty();

    WebElement url = browser.findElement(By.name("url"));
    url.clear();
    url.sendKeys("https://baoyenbai.com.vn/11/tong-ket-tuyen-truyen-dai-hoi");
    browser.findElement(By.cssSelector("[data-testid=coverage-submit]")).click();
    waitFor(By.cssSelector("[data-testid=coverage-added]"));
    WebElement link = browser.findElement(By.cssSelector("[data-testid=coverage-link]"));
    assertThat(link.getText()).isEqualTo("Tổng kết công tác tuyên truyền Đại hội");
    assertThat(link.getAttribute("rel")).isEqualTo("noopener noreferrer");
    assertThat(browser.getCurrentUrl()).as("added in place").isEqualTo(bulletinUrl);
    logout();

    // A leader reads the quick report: the new bulletin is in it, counted.
    login("lanhdao", "Lanhdao@2020");
    wait.until(ExpectedConditions.urlContains("/dashboard"));
    browser.findElement(By.cssSelector("[data-nav=report]")).click();
    WebElement report = waitFor(By.cssSelector("[data-testid=quick-report]"));
    assertThat(report.getText()).contains("Tiểu ban tổng kết công tác tuyên truyền");
    assertThat(browser.findElement(By.cssSelector("[data-metric='bulletins.count']")).getText())
        .isEqualTo("7");
    assertThat(browser.findElement(By.cssSelector("[data-metric='coverage.count']")).getText())
        .isEqualTo("16");

    // The download link, fetched with the leader's session.
    WebElement pdfLink = browser.findElement(By.cssSelector("[data-testid=report-pdf]"));
    String cookies =
        browser.manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
    HttpResponse<byte[]> pdf =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(pdfLink.getAttribute("href")))
                    .header("Cookie", cookies)
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      assertThat(document.getNumberOfPages()).isGreaterThan(1);
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("Báo cáo nhanh", "Đại hội", "Tuyên truyền")
          .contains("Đại hội đại biểu Đảng bộ tỉnh Yên Bái lần thứ XIX")
          .contains("Tiểu ban tổng kết công tác tuyên truyền trong những ngày Đại hội")
          .contains("Phiên trù bị", "Báo Nhân Dân", "VTV1");
      List<String> classified =
          new JdbcTemplate(dataSource)
              .queryForList(
                  "select title from task where confidentiality <> 'NORMAL'", String.class);
      assertThat(classified).isNotEmpty();
      for (String title : classified) {
        assertThat(text).doesNotContain(title.replaceAll("\\s+", " "));
      }
      assertThat(pdf.headers().firstValue("X-Excluded-Count").map(Long::parseLong).orElseThrow())
          .isPositive();
    }
  }
}
