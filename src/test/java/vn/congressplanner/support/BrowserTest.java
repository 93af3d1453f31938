package vn.congressplanner.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Base of real-browser tests: the whole application on a random port against this run's PostgreSQL
 * database (demo data, "today" 2019-07-15), driven by Debian's headless Chromium through Selenium.
 * Nothing is downloaded: the driver and browser paths are named.
 */
@ExtendWith({RequiresPostgres.class, RequiresBrowser.class})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@ContextConfiguration(initializers = PostgresInitializer.class)
public abstract class BrowserTest {

  @LocalServerPort protected int port;

  /** One Chromium per test class (starting one takes seconds); cookies are cleared per test. */
  private static WebDriver sharedBrowser;

  private static Path profileDir;

  protected WebDriver browser;
  protected WebDriverWait wait;

  @BeforeEach
  void useBrowser() throws IOException {
    if (sharedBrowser == null) {
      sharedBrowser = startBrowser();
    }
    browser = sharedBrowser;
    browser.manage().deleteAllCookies();
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
  }

  private static WebDriver startBrowser() throws IOException {
    profileDir = Files.createTempDirectory("chromium-profile");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(RequiresBrowser.CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--window-size=1400,1000",
        "--lang=vi",
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost",
        "--user-data-dir=" + profileDir);
    // The console is read by tests that check for CSP violations (issue 13).
    options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(RequiresBrowser.CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    if (sharedBrowser != null) {
      sharedBrowser.quit();
      sharedBrowser = null;
    }
    if (profileDir != null) {
      try (Stream<Path> files = Files.walk(profileDir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  protected String url(String path) {
    return "http://localhost:" + port + path;
  }

  protected void open(String path) {
    browser.get(url(path));
  }

  protected void login(String username, String password) {
    open("/login");
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(password);
    browser.findElement(By.cssSelector("[data-testid=login-submit]")).click();
  }

  protected void logout() {
    browser.findElement(By.cssSelector("[data-testid=logout]")).click();
    wait.until(ExpectedConditions.urlContains("/login"));
  }

  /**
   * Waits until an element is visible; a node caught mid-swap (see {@link #isDetached}) is retried.
   */
  protected WebElement waitFor(By by) {
    ExpectedCondition<WebElement> visible = ExpectedConditions.visibilityOfElementLocated(by);
    return wait.until(
        driver -> {
          try {
            return visible.apply(driver);
          } catch (WebDriverException e) {
            if (isDetached(e)) {
              return null;
            }
            throw e;
          }
        });
  }

  /**
   * Waits until the element has left the page (a page load or an htmx swap replaced it). Chromium
   * reports that in two ways: a stale element reference, or — when the question reaches it while
   * the new document is being attached — "Node with given id does not belong to the document" as an
   * unknown error; {@link ExpectedConditions#stalenessOf} knows only the first (a CI run failed on
   * the second).
   */
  protected void waitUntilGone(WebElement element) {
    wait.until(d -> isGone(element));
  }

  static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException | NoSuchElementException e) {
      return true;
    } catch (WebDriverException e) {
      if (isDetached(e)) {
        return true;
      }
      throw e;
    }
  }

  /** Chromium's other way of saying "stale": the node is not in the current document. */
  protected static boolean isDetached(WebDriverException e) {
    String message = String.valueOf(e.getMessage());
    return message.contains("does not belong to the document")
        || message.contains("No node with given id");
  }
}
