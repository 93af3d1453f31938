package vn.congressplanner.milestone.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.congressplanner.milestone.Milestone;
import vn.congressplanner.milestone.MilestoneFixtures;
import vn.congressplanner.support.BrowserTest;

/**
 * The plan approval cycle in Chromium with the demo people: staff of Ban Tuyên giáo submit a plan
 * late with a reason, a leader returns it with a comment, staff resubmit, the leader approves; the
 * timeline tells the story with who and when.
 */
class MilestoneWorkflowBrowserTests extends BrowserTest {

  @Autowired ApplicationContext context;

  @Test
  void lateSubmissionReturnResubmissionAndApprovalLeaveAReadableTimeline() {
    MilestoneFixtures data = MilestoneFixtures.from(context);
    String title = MilestoneFixtures.unique("Kế hoạch tuyên truyền chi tiết");
    Milestone m = data.milestone(title, LocalDate.of(2019, 7, 10), "TGTU");
    String page = "/milestones/" + m.getId();

    // Staff of the responsible department submit five days late.
    signIn("tuyengiao", "Canbo@2020");
    open(page);
    assertThat(waitFor(By.cssSelector("[data-testid=late-warning]")).getText()).contains("5 ngày");
    type("note", "Dự thảo kế hoạch lần 1");
    type("lateReason", "Chờ ý kiến góp ý của các huyện ủy");
    click("submit-button");
    assertThat(flash()).contains(title).contains("nộp muộn");
    assertThat(statusBadge()).isEqualTo("SUBMITTED");
    assertThat(browser.findElements(By.cssSelector("[data-testid=milestone-late]"))).hasSize(1);
    assertThat(browser.findElements(By.cssSelector("[data-testid=submit-form]"))).isEmpty();
    logout();

    // A leader returns it; a comment is required.
    signIn("lanhdao", "Lanhdao@2020");
    open(page);
    // Returning and approving ask for a confirmation first (issue 13).
    reveal("return-open");
    click("return-button");
    assertThat(waitFor(By.cssSelector("[data-error-for=return-comment]")).getText())
        .contains("ý kiến");
    type("return-comment", "Bổ sung nội dung tuyên truyền trên mạng xã hội");
    click("return-button");
    assertThat(flash()).contains("trả lại");
    assertThat(statusBadge()).isEqualTo("RETURNED");
    logout();

    // Staff resubmit: still late, so a reason is needed again.
    signIn("tuyengiao", "Canbo@2020");
    open(page);
    assertThat(waitFor(By.cssSelector("[data-testid=submit-button]")).getText())
        .isEqualTo("Trình lại");
    type("note", "Đã bổ sung theo ý kiến");
    click("submit-button");
    assertThat(waitFor(By.cssSelector("[data-error-for=lateReason]")).getText())
        .contains("phải nêu lý do nộp muộn");
    assertThat(browser.findElement(By.id("note")).getAttribute("value"))
        .isEqualTo("Đã bổ sung theo ý kiến");
    type("lateReason", "Bổ sung theo ý kiến của Thường trực");
    click("submit-button");
    assertThat(flash()).contains(title);
    assertThat(statusBadge()).isEqualTo("SUBMITTED");
    logout();

    // The leader approves.
    signIn("lanhdao", "Lanhdao@2020");
    open(page);
    type("approve-comment", "Đồng ý ban hành");
    reveal("approve-open");
    click("approve-button");
    assertThat(flash()).contains("phê duyệt");
    assertThat(statusBadge()).isEqualTo("APPROVED");

    List<WebElement> steps = browser.findElements(By.cssSelector("[data-testid=timeline-step]"));
    assertThat(steps)
        .extracting(s -> s.getAttribute("data-step"))
        .containsExactly("SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED");
    assertThat(steps)
        .extracting(s -> s.findElement(By.cssSelector("[data-testid=timeline-actor]")).getText())
        .containsExactly(
            "Trần Thị Hương", "Nguyễn Văn Thành", "Trần Thị Hương", "Nguyễn Văn Thành");
    assertThat(steps)
        .extracting(s -> s.findElement(By.cssSelector("[data-testid=timeline-time]")).getText())
        // SPEC §1 / issue 8: times read "HH:mm dd/MM/yyyy" in the congress time zone.
        .allSatisfy(t -> assertThat(t).matches("\\d{2}:\\d{2} \\d{2}/\\d{2}/\\d{4}"));
    assertThat(steps.get(0).getText())
        .contains("Dự thảo kế hoạch lần 1")
        .contains("Chờ ý kiến góp ý của các huyện ủy");
    assertThat(steps.get(1).getText()).contains("Bổ sung nội dung tuyên truyền trên mạng xã hội");
    assertThat(steps.get(2).getText()).contains("Bổ sung theo ý kiến của Thường trực");
    assertThat(steps.get(3).getText()).contains("Đồng ý ban hành");
    assertThat(browser.findElement(By.cssSelector("[data-testid=milestone-reviews]")).getText())
        .contains("Bổ sung nội dung tuyên truyền trên mạng xã hội")
        .contains("Đồng ý ban hành");
  }

  private void signIn(String username, String password) {
    login(username, password);
    wait.until(ExpectedConditions.urlContains("/dashboard"));
  }

  private void type(String id, String text) {
    WebElement field = waitFor(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  /** Opens a confirm step (a summary): nothing is sent yet. */
  private void reveal(String testId) {
    waitFor(By.cssSelector("[data-testid=" + testId + "]")).click();
  }

  private void click(String testId) {
    WebElement button = waitFor(By.cssSelector("[data-testid=" + testId + "]"));
    button.click();
    waitUntilGone(button);
  }

  private String flash() {
    return waitFor(By.cssSelector("[data-testid=flash-success]")).getText();
  }

  private String statusBadge() {
    return waitFor(By.cssSelector("[data-testid=milestone-status]")).getAttribute("data-status");
  }
}
