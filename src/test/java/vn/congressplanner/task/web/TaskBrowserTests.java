package vn.congressplanner.task.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.TestPropertySource;
import vn.congressplanner.support.BrowserTest;
import vn.congressplanner.task.TaskFixtures;

/**
 * A staff member of Ban Tuyên giáo, in Chromium: creates a task, meets the phase-window rule next
 * to the deadline with everything typed still there, corrects it, and finds the task again by
 * typing its title without diacritics into the list's search (an htmx partial update).
 */
@TestPropertySource(properties = "planner.test.database=tasks")
class TaskBrowserTests extends BrowserTest {

  @Test
  void staffCreatesATaskMeetsARuleCorrectsItAndFindsItWithoutDiacritics() {
    String token = TaskFixtures.token();
    String title = "Tuyên truyền trên mạng xã hội về Đại hội " + token;

    login("tuyengiao", "Canbo@2020");
    wait.until(ExpectedConditions.urlContains("/dashboard"));
    open("/tasks/new");

    waitFor(By.id("title")).sendKeys(title);
    browser
        .findElement(By.id("description"))
        .sendKeys("Đăng tin, bài trên trang thông tin điện tử");
    new Select(browser.findElement(By.id("workstream"))).selectByValue("PROPAGANDA");
    new Select(browser.findElement(By.id("phase"))).selectByValue("BEFORE");
    // A BEFORE task due on the opening day (23/09/2020): rule D1 refuses it.
    setDate("deadline", "2020-09-23");
    save();

    WebElement error = waitFor(By.cssSelector("[data-error-for=deadline]"));
    assertThat(error.getText()).contains("Trước Đại hội").contains("23/09/2020");
    assertThat(browser.findElement(By.id("title")).getAttribute("value")).isEqualTo(title);
    assertThat(browser.findElement(By.id("description")).getAttribute("value"))
        .isEqualTo("Đăng tin, bài trên trang thông tin điện tử");
    assertThat(browser.findElement(By.id("deadline")).getAttribute("value"))
        .isEqualTo("2020-09-23");

    setDate("deadline", "2020-09-22");
    save();
    wait.until(ExpectedConditions.urlMatches("/tasks/\\d+$"));
    assertThat(waitFor(By.cssSelector("[data-testid=task-title]")).getText()).isEqualTo(title);
    assertThat(browser.findElement(By.cssSelector("[data-testid=lead-department]")).getText())
        .isEqualTo("Ban Tuyên giáo Tỉnh ủy");

    open("/tasks");
    WebElement search = waitFor(By.id("filter-q"));
    search.sendKeys("tuyen truyen tren mang xa hoi ve dai hoi " + token);
    wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=task-count]"), "1"));
    wait.until(ExpectedConditions.urlContains("q=tuyen"));
    assertThat(browser.findElement(By.cssSelector("[data-testid=task-table] tbody a")).getText())
        .isEqualTo(title);
  }

  /**
   * Bootstrap makes scrolling smooth: a click while the page still glides lands elsewhere, so the
   * button is brought into view at once first.
   */
  private void save() {
    WebElement button = browser.findElement(By.cssSelector("[data-testid=task-save]"));
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", button);
    wait.until(ExpectedConditions.elementToBeClickable(button)).click();
  }

  /** Chromium's date input types in the user's locale; the value property is ISO everywhere. */
  private void setDate(String id, String isoDate) {
    WebElement input = browser.findElement(By.id(id));
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].value = arguments[1];", input, isoDate);
  }
}
