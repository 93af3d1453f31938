package vn.congressplanner.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import vn.congressplanner.account.AccountService;
import vn.congressplanner.account.Actor;
import vn.congressplanner.support.BrowserTest;

/**
 * In Chromium: a leader chases a department, and a staff user of that department sees the header's
 * counter go up without reloading the page, reads the notification and follows it to the task.
 */
// Closed after the class: the shared PostgreSQL has 100 connections, each cached context holds 5.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestPropertySource(
    properties = {
      "planner.test.database=notificationbrowser",
      "planner.reminders.poll-interval=PT2S"
    })
class NotificationBrowserTests extends BrowserTest {

  static final By COUNTER = By.cssSelector("[data-metric='notifications.unread']");

  @Autowired JdbcTemplate jdbc;
  @Autowired ChaseService chases;
  @Autowired AccountService accounts;

  long counter() {
    return Long.parseLong(browser.findElement(COUNTER).getText().trim());
  }

  void waitForCounter(long expected) {
    wait.ignoring(StaleElementReferenceException.class)
        .until(d -> Long.parseLong(d.findElement(COUNTER).getText().trim()) == expected);
  }

  Actor demo(String username) {
    return accounts.all().stream()
        .filter(u -> u.getUsername().equals(username))
        .findFirst()
        .orElseThrow()
        .toActor();
  }

  @Test
  void aLeaderChasesAndTheDepartmentsStaffSeeTheCounterGoUpAndReadIt() {
    long taskId =
        jdbc.queryForObject(
            "select min(t.id) from task t join department d on d.id = t.lead_department_id"
                + " where d.code = 'TGTU' and t.confidentiality = 'NORMAL'",
            Long.class);

    // The staff user has the application open.
    login("tuyengiao", "Canbo@2020");
    waitFor(COUNTER);
    long before = counter();

    // A leader chases the department (from elsewhere): the open page's counter goes up by itself.
    chases.chase(taskId, "Đề nghị Ban Tuyên giáo báo cáo tiến độ trước 16 giờ", demo("lanhdao"));
    waitForCounter(before + 1);

    browser.findElement(By.cssSelector("[data-testid=notifications-link]")).click();
    waitFor(By.cssSelector("[data-testid=notification-list]"));
    var first = browser.findElement(By.cssSelector("[data-notification]"));
    assertThat(first.getAttribute("data-unread")).isEqualTo("true");
    assertThat(first.getText()).contains("đôn đốc nhiệm vụ").contains("trước 16 giờ");
    first.findElement(By.cssSelector("[data-testid=notification-open]")).click();
    waitFor(By.cssSelector("[data-testid=task-title]"));
    assertThat(browser.getCurrentUrl()).endsWith("/tasks/" + taskId);
    waitForCounter(before);
    // STAFF see no chase form.
    assertThat(browser.findElements(By.cssSelector("[data-testid=chase-form]"))).isEmpty();
    logout();

    // The leader chases in the browser, from the task's page.
    login("lanhdao", "Lanhdao@2020");
    waitFor(COUNTER);
    open("/tasks/" + taskId);
    browser.findElement(By.id("chase-message")).sendKeys("Khẩn trương hoàn thành");
    browser.findElement(By.cssSelector("[data-testid=chase-submit]")).click();
    assertThat(waitFor(By.cssSelector("[data-testid=flash-success]")).getText())
        .contains("Đã đôn đốc");
    assertThat(browser.findElement(By.cssSelector("[data-testid=task-history]")).getText())
        .contains("Khẩn trương hoàn thành");
    logout();

    login("tuyengiao", "Canbo@2020");
    waitForCounter(before + 1);
    open("/notifications");
    browser.findElement(By.cssSelector("[data-testid=read-all]")).click();
    waitFor(By.cssSelector("[data-testid=flash-success]"));
    waitForCounter(0);
  }
}
