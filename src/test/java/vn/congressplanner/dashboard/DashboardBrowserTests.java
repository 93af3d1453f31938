package vn.congressplanner.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import vn.congressplanner.support.BrowserTest;

/** A leader opens the dashboard in Chromium, sees the charts, and follows the overdue number. */
@TestPropertySource(properties = "planner.test.database=dashboard")
class DashboardBrowserTests extends BrowserTest {

  @Autowired ApplicationContext context;

  @Test
  void leaderSeesChartsAndFollowsTheOverdueNumberToTheFilteredList() {
    DashboardFixture.in(context);
    login("lanhdao", "Lanhdao@2020");
    wait.until(ExpectedConditions.urlContains("/dashboard"));

    List<WebElement> canvases = browser.findElements(By.cssSelector("canvas[data-chart]"));
    assertThat(canvases).hasSize(4);
    for (WebElement canvas : canvases) {
      wait.until(ExpectedConditions.visibilityOf(canvas));
    }
    JavascriptExecutor js = (JavascriptExecutor) browser;
    wait.until(
        d ->
            Boolean.TRUE.equals(
                js.executeScript(
                    "return !!window.Chart && Array.from(document.querySelectorAll("
                        + "'canvas[data-chart]')).every(c => !!Chart.getChart(c));")));
    assertThat(
            js.executeScript(
                "return Chart.getChart(document.querySelector("
                    + "'canvas[data-chart=doughnut]')).data.datasets[0].data.join(',')"))
        .as("the doughnut shows the status table's numbers, in table order")
        .isEqualTo("1,2,2,2,5");
    assertThat(canvases.get(0).getSize().getHeight()).isGreaterThan(100);

    WebElement overdue = waitFor(By.cssSelector("[data-testid=overdue-number]"));
    assertThat(overdue.getAttribute("data-metric")).isEqualTo("OVERDUE");
    String number = overdue.getText();
    assertThat(number).isEqualTo("2");
    overdue.click();
    wait.until(ExpectedConditions.urlContains("/tasks"));
    assertThat(browser.getCurrentUrl()).endsWith("/tasks?deadlineStatus=OVERDUE");

    // The list the number links to holds exactly that many tasks.
    assertThat(waitFor(By.cssSelector("[data-testid=task-count]")).getText().trim())
        .isEqualTo(number);
  }
}
