package vn.congressplanner.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.test.context.TestPropertySource;
import vn.congressplanner.support.BrowserTest;

/**
 * Every main page, for every role, in Chromium: at 390 px (a phone) the page is no wider than the
 * viewport, and axe-core (injected by the test, under the application's CSP) finds no serious or
 * critical violation. The counts are printed as a table on stderr.
 */
@TestPropertySource(properties = "planner.test.database=usability")
class UsabilityBrowserTests extends BrowserTest {

  private static final String AXE = axeSource();

  /** page → "overflow px / serious+critical nodes (rules)" per role, for the report. */
  private final Map<String, String> report = new LinkedHashMap<>();

  private final List<String> failures = new ArrayList<>();

  @Test
  void everyMainPageFitsAPhoneAndPassesAxeForEveryRole() {
    checkAnonymous();
    checkRole("admin", "Admin@2020", true);
    checkRole("lanhdao", "Lanhdao@2020", false);
    checkRole("tuyengiao", "Canbo@2020", false);
    checkRole("congan", "Canbo@2020", false);

    StringBuilder table =
        new StringBuilder(
            "\n== usability: page | px too wide at 360, 390, 768 | axe at 1400 px | axe at 390 px\n");
    report.forEach((page, result) -> table.append(page).append(" | ").append(result).append('\n'));
    System.err.println(table);
    assertThat(failures).as(table.toString()).isEmpty();
  }

  /**
   * "A STAFF user reports progress on a phone in two taps from the login": on a 390 px screen, tap
   * one logs in, the dashboard shows the most urgent task of the department with its progress form,
   * tap two sends the report (htmx swaps the card). The console shows no CSP violation on the way,
   * nor while the task list's filter changes (htmx's indicator style is off).
   */
  @Test
  void staffReportsProgressOnAPhoneInTwoTapsFromTheLogin() {
    ChromeDriver chrome = (ChromeDriver) browser;
    chrome.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
    try {
      open("/login");
      browser.findElement(By.id("username")).sendKeys("tuyengiao");
      browser.findElement(By.id("password")).sendKeys("Canbo@2020");
      browser.findElement(By.cssSelector("[data-testid=login-submit]")).click(); // tap 1
      wait.until(ExpectedConditions.urlContains("/dashboard"));

      WebElement card =
          waitFor(By.cssSelector("[data-testid=dashboard-my-work] [data-testid=work-card]"));
      String id = card.getAttribute("data-task-id");
      assertThat(card.getLocation().getY()).as("the card is on the first screen").isLessThan(844);
      WebElement progress = card.findElement(By.name("progress"));
      progress.clear();
      progress.sendKeys("55");
      card.findElement(By.name("note")).sendKeys("Báo cáo từ điện thoại");
      card.findElement(By.cssSelector("[data-testid=work-report]")).click(); // tap 2

      WebElement saved =
          waitFor(By.cssSelector("[data-task-id='" + id + "'] [data-testid=work-saved]"));
      assertThat(saved.getText()).isEqualTo("Đã ghi nhận báo cáo tiến độ.");
      assertThat(
              browser
                  .findElement(
                      By.cssSelector("[data-task-id='" + id + "'] [data-testid=work-progress]"))
                  .getText())
          .contains("55");

      screenshot("phone-dashboard-after-report");
      open("/my-work");
      waitFor(By.cssSelector("[data-testid=my-work]"));
      screenshot("phone-my-work");
      open("/dashboard");
      waitFor(By.cssSelector("[data-task-id='" + id + "']"));
      // The filter panel starts closed on a phone; htmx updates raise no CSP error.
      open("/tasks");
      WebElement panel = waitFor(By.cssSelector("details.filter-panel"));
      screenshot("phone-tasks");
      assertThat(panel.getAttribute("open")).isNull();
      panel.findElement(By.tagName("summary")).click();
      new org.openqa.selenium.support.ui.Select(waitFor(By.id("filter-workstream")))
          .selectByValue("SERVICE");
      wait.until(ExpectedConditions.urlContains("workstream=SERVICE"));
      waitFor(By.cssSelector("[data-testid=task-count]"));
      List<String> csp =
          browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
              .map(org.openqa.selenium.logging.LogEntry::getMessage)
              .filter(m -> m.contains("Content Security Policy") || m.contains("favicon"))
              .toList();
      assertThat(csp).isEmpty();
      // The language link follows the URL htmx pushed.
      assertThat(
              browser
                  .findElement(By.cssSelector("[data-testid=language-link]"))
                  .getAttribute("href"))
          .contains("workstream=SERVICE");
    } finally {
      chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  private void checkAnonymous() {
    open("/login");
    measure("anonymous /login");
    // A refused login: the page that comes back (with its error) is checked too.
    browser.findElement(By.id("username")).sendKeys("tuyengiao");
    browser.findElement(By.id("password")).sendKeys("wrong");
    browser.findElement(By.cssSelector("[data-testid=login-submit]")).click();
    wait.until(ExpectedConditions.urlContains("error"));
    measure("anonymous /login?error");
  }

  private void checkRole(String username, String password, boolean admin) {
    browser.manage().deleteAllCookies();
    login(username, password);
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    visit(username, "/dashboard");
    visit(username, "/tasks");
    String taskLink =
        browser
            .findElement(By.cssSelector("[data-testid=task-table] a[href*='/tasks/']"))
            .getAttribute("href");
    visit(username, "/my-work");
    visit(username, path(taskLink));
    visit(username, "/tasks/new");
    visit(username, "/milestones");
    String milestoneLink =
        browser
            .findElement(By.cssSelector("main a[href*='/milestones/']:not([href$='/new'])"))
            .getAttribute("href");
    visit(username, path(milestoneLink));
    visit(username, "/account/password");
    visit(username, "/tasks/999999999");
    if (admin) {
      visit(username, path(taskLink) + "/edit");
      visit(username, "/admin/users");
      visit(username, "/admin/departments");
      visit(username, "/admin/congress");
      visit(username, "/admin/history");
    }
  }

  private static String path(String href) {
    return href.replaceFirst("^https?://[^/]+", "");
  }

  private void visit(String username, String path) {
    open(path);
    measure(username + " " + path);
  }

  private void measure(String page) {
    waitFor(By.tagName("body"));
    JavascriptExecutor js = (JavascriptExecutor) browser;
    StringBuilder widths = new StringBuilder();
    for (int width : PHONE_WIDTHS) {
      long overflow = overflow(width);
      widths.append(width).append(':').append(overflow).append(' ');
      if (overflow > 0) {
        failures.add(
            page + ": " + overflow + " px wider than a " + width + " px screen, " + widest(width));
      }
    }
    String axe = runAxe(js);
    ChromeDriver chrome = (ChromeDriver) browser;
    chrome.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", false));
    String phoneAxe;
    try {
      phoneAxe = runAxe(js);
    } finally {
      chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
    if (!phoneAxe.startsWith("0 ")) {
      failures.add(page + ": axe at 390 px " + phoneAxe);
    }
    report.put(page, widths.toString().trim() + " | " + axe + " | 390 px: " + phoneAxe);
    if (!axe.startsWith("0 ")) {
      failures.add(page + ": axe " + axe);
    }
  }

  /** A PNG under target/usability-screens, to look at what the test saw. */
  private void screenshot(String name) {
    try {
      java.nio.file.Path dir = java.nio.file.Path.of("target", "usability-screens");
      java.nio.file.Files.createDirectories(dir);
      byte[] png =
          ((org.openqa.selenium.TakesScreenshot) browser)
              .getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
      java.nio.file.Files.write(dir.resolve(name + ".png"), png);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Phones and a small tablet. */
  static final int[] PHONE_WIDTHS = {360, 390, 768};

  /**
   * How many CSS pixels the page is wider than a window {@code width} wide: {@code scrollWidth}
   * against the visible width without a scroll bar (stricter than {@code innerWidth}, which counts
   * the scroll bar). Zero or less: no horizontal scrolling.
   */
  private long overflow(int width) {
    ChromeDriver chrome = (ChromeDriver) browser;
    JavascriptExecutor js = (JavascriptExecutor) browser;
    chrome.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", 844, "deviceScaleFactor", 1, "mobile", false));
    try {
      Object result =
          js.executeScript(
              "var d = document.documentElement;"
                  + "return [d.scrollWidth - d.clientWidth, d.scrollWidth - window.innerWidth];");
      @SuppressWarnings("unchecked")
      List<Number> values = (List<Number>) result;
      return Math.max(values.get(0).longValue(), values.get(1).longValue());
    } finally {
      chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  /** The elements that reach past the right edge (for the failure message). */
  private Object widest(int width) {
    ChromeDriver chrome = (ChromeDriver) browser;
    chrome.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", 844, "deviceScaleFactor", 1, "mobile", false));
    try {
      return ((JavascriptExecutor) browser)
          .executeScript(
              "var w = document.documentElement.clientWidth, out = [];"
                  + "document.querySelectorAll('body *').forEach(function (e) {"
                  + "  var r = e.getBoundingClientRect();"
                  + "  var p = e.parentElement.getBoundingClientRect();"
                  + "  if (r.right > w + 1 && p.right <= w + 1 && out.length < 4) {"
                  + "    out.push(e.tagName + '.' + e.className + ' ' + Math.round(r.right) + ' in '"
                  + "      + e.parentElement.tagName + '.' + e.parentElement.className + ' '"
                  + "      + getComputedStyle(e.parentElement).overflowX + ' '"
                  + "      + Math.round(p.right)); }"
                  + "});"
                  + "return out;");
    } finally {
      chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  /** Serious and critical violations: "N nodes (rule×count, …)". */
  @SuppressWarnings("unchecked")
  private String runAxe(JavascriptExecutor js) {
    js.executeScript(AXE);
    Object result =
        js.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                + "  done(r.violations.filter(function (v) {"
                + "    return v.impact === 'serious' || v.impact === 'critical'; })"
                + "    .map(function (v) { return v.id + '×' + v.nodes.length + ' '"
                + "      + v.nodes.slice(0, 2).map(function (n) { return n.target.join(' '); })"
                + "      .join(' ; '); }));"
                + "}, function (e) { done(['axe-error×1 ' + e]); });");
    List<String> rules = (List<String>) result;
    int nodes = 0;
    for (String rule : rules) {
      nodes += Integer.parseInt(rule.replaceAll("^[^×]*×(\\d+).*$", "$1"));
    }
    return nodes + " nodes " + rules;
  }

  private static String axeSource() {
    try (InputStream in = UsabilityBrowserTests.class.getResourceAsStream("/axe/axe.min.js")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
