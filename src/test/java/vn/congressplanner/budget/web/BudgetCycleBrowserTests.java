package vn.congressplanner.budget.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.congressplanner.budget.BudgetCategory;
import vn.congressplanner.budget.BudgetFixtures;
import vn.congressplanner.budget.BudgetLine;
import vn.congressplanner.milestone.Milestone;
import vn.congressplanner.support.BrowserTest;

/**
 * The 30/10/2019 estimate cycle in Chromium: staff of the responsible department add a line and see
 * the total change in place (no page load), submit; the leader returns it with a comment; the staff
 * change a line in place and resubmit; the leader reads what changed between the two submissions
 * and approves.
 */
class BudgetCycleBrowserTests extends BrowserTest {

  @Autowired ApplicationContext context;

  @Test
  void staffAddSubmitLeaderReturnsStaffChangeResubmitLeaderReadsTheDiffAndApproves() {
    BudgetFixtures data = BudgetFixtures.from(context);
    Milestone m = data.estimate(BudgetFixtures.unique("Dự toán chi Đại hội"), "TGTU");
    BudgetLine meals =
        data.line(
            m.getId(),
            BudgetCategory.ACCOMMODATION,
            "Tiền ăn đại biểu",
            "975",
            "200000",
            "TGTU",
            "admin");
    String page = "/budget?milestone=" + m.getId();

    // Staff add a line: the total changes in place, the page is not reloaded.
    signIn("tuyengiao", "Canbo@2020");
    open(page);
    assertThat(total()).isEqualTo("195.000.000 ₫");
    markPage();
    new Select(waitFor(By.id("add-category"))).selectByValue("PRINTING");
    type("add-item", "Thẻ đại biểu");
    type("add-unit", "thẻ");
    type("add-quantity", "700");
    type("add-unitPrice", "25000");
    press(By.cssSelector("[data-testid=budget-add-submit]"));
    wait.until(d -> total().equals("212.500.000 ₫"));
    assertThat(pageIsTheSame()).as("updated in place").isTrue();
    assertThat(browser.findElement(By.cssSelector("[data-testid=budget-region]")).getText())
        .contains("Thẻ đại biểu")
        .contains("17.500.000 ₫");
    assertThat(browser.findElement(By.id("add-item")).getAttribute("value")).isEmpty();

    // A wrong number is refused next to the field, in place, with what was typed.
    type("add-item", "Giấy mời");
    type("add-quantity", "0");
    type("add-unitPrice", "8500");
    press(By.cssSelector("[data-testid=budget-add-submit]"));
    WebElement error =
        waitFor(By.cssSelector("[data-testid=budget-add-form] [data-error-for=quantity]"));
    assertThat(error.getText()).isEqualTo("Số lượng phải lớn hơn 0");
    assertThat(browser.findElement(By.id("add-item")).getAttribute("value")).isEqualTo("Giấy mời");
    assertThat(total()).isEqualTo("212.500.000 ₫");

    click("budget-submit-button");
    assertThat(status()).isEqualTo("SUBMITTED");
    assertThat(browser.findElements(By.cssSelector("[data-testid=budget-add-form]"))).isEmpty();
    logout();

    // The leader returns the estimate with a comment.
    signIn("lanhdao", "Lanhdao@2020");
    open(page);
    type("return-comment", "Rà soát lại đơn giá suất ăn theo quy định");
    click("budget-return-button");
    assertThat(status()).isEqualTo("RETURNED");
    logout();

    // Staff lower the meal price in place and resubmit.
    signIn("tuyengiao", "Canbo@2020");
    open(page);
    assertThat(waitFor(By.cssSelector("[data-testid=budget-reviewer-comment]")).getText())
        .contains("Rà soát lại đơn giá");
    markPage();
    press(By.cssSelector("#line-" + meals.getId() + " [data-testid=budget-line-edit]"));
    WebElement price = waitFor(By.id("edit-unitPrice"));
    price.clear();
    price.sendKeys("180000");
    press(By.cssSelector("[data-testid=budget-edit-save]"));
    wait.until(d -> total().equals("193.000.000 ₫"));
    assertThat(pageIsTheSame()).as("edited in place").isTrue();
    click("budget-submit-button");
    assertThat(status()).isEqualTo("SUBMITTED");
    logout();

    // The leader reads what changed since the first submission, and approves.
    signIn("lanhdao", "Lanhdao@2020");
    open("/budget/revisions?milestone=" + m.getId());
    assertThat(browser.findElements(By.cssSelector("[data-testid=revision-row]"))).hasSize(2);
    browser.findElement(By.cssSelector("[data-revision='2'] [data-testid=revision-link]")).click();
    WebElement changed = waitFor(By.cssSelector("[data-testid=revision-changed-line]"));
    assertThat(changed.getText()).contains("Tiền ăn đại biểu");
    assertThat(changed.findElement(By.cssSelector("[data-testid=revision-old-amount]")).getText())
        .isEqualTo("195.000.000 ₫");
    assertThat(changed.findElement(By.cssSelector("[data-testid=revision-new-amount]")).getText())
        .isEqualTo("175.500.000 ₫");
    assertThat(
            browser
                .findElement(By.cssSelector("[data-metric='budget.revision.totalChange']"))
                .getText())
        .isEqualTo("-19.500.000 ₫");
    open(page);
    click("budget-approve-button");
    assertThat(status()).isEqualTo("APPROVED");
    assertThat(waitFor(By.cssSelector("[data-testid=budget-settling]")).isDisplayed()).isTrue();
  }

  /** The total shown now; empty while htmx is swapping the region (the old element is gone). */
  private String total() {
    try {
      return waitFor(By.cssSelector("#budget-region [data-metric='budget.total']")).getText();
    } catch (StaleElementReferenceException e) {
      return "";
    } catch (WebDriverException e) {
      if (isDetached(e)) {
        return "";
      }
      throw e;
    }
  }

  private String status() {
    return waitFor(By.cssSelector("[data-testid=milestone-status]")).getAttribute("data-status");
  }

  /** A marker in the window: it survives an htmx swap and disappears with a page load. */
  private void markPage() {
    ((JavascriptExecutor) browser).executeScript("window.budgetMarker = 'still here';");
  }

  private boolean pageIsTheSame() {
    return "still here"
        .equals(((JavascriptExecutor) browser).executeScript("return window.budgetMarker;"));
  }

  private void signIn(String username, String password) {
    login(username, password);
    wait.until(ExpectedConditions.urlContains("/dashboard"));
  }

  /** Scrolls the element to the middle of the window (clear of the sticky parts) and clicks. */
  private WebElement press(By by) {
    WebElement e = waitFor(by);
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", e);
    e.click();
    return e;
  }

  private void type(String id, String text) {
    WebElement field = waitFor(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  private void click(String testId) {
    WebElement button = press(By.cssSelector("[data-testid=" + testId + "]"));
    waitUntilGone(button);
  }
}
