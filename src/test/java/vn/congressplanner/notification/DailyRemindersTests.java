package vn.congressplanner.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import vn.congressplanner.account.Actor;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.account.Role;
import vn.congressplanner.task.Task;

/**
 * The daily run against PostgreSQL with days chosen by the test: who is reminded of what on the day
 * before, of and after each threshold; exactly once when run twice and when two runs race; catch-up
 * of missed days; e-mail read back from a real SMTP server, never with a classified title; a
 * failing SMTP server loses nothing.
 */
@NotificationTest
class DailyRemindersTests {

  @Autowired ApplicationContext context;
  @Autowired DailyReminders daily;
  @Autowired ReminderMail mail;
  @Autowired NotificationService notifications;

  NotificationFixture f;
  long lead;
  long coop;
  Actor leadStaff;
  Actor coopStaff;
  Actor leader;

  @BeforeEach
  void data() throws Exception {
    f = new NotificationFixture(context);
    NotificationFixture.smtp().purgeEmailFromAllMailboxes();
    lead = f.department();
    coop = f.department();
    leadStaff = f.user(Role.STAFF, lead, Clearance.NORMAL, true);
    coopStaff = f.user(Role.STAFF, coop, Clearance.NORMAL, true);
    leader = f.user(Role.LEADER, f.department(), Clearance.SECRET, true);
  }

  @BeforeEach
  void vietnamese() {
    LocaleContextHolder.setLocale(MailComposer.VIETNAMESE);
  }

  @AfterEach
  void resetLocale() {
    LocaleContextHolder.resetLocaleContext();
  }

  @AfterAll
  static void stopSmtp() {
    NotificationFixture.stopSmtp();
  }

  @Test
  void dueSoonTheDayBeforeOfAndAfterSevenDays() {
    LocalDate deadline = LocalDate.of(2019, 8, 20);
    Task task =
        f.task(
            "Sắp đến hạn " + NotificationFixture.unique(),
            lead,
            List.of(coop),
            deadline,
            Clearance.NORMAL);

    daily.runFor(deadline.minusDays(8));
    assertThat(f.about(task.getId())).isEmpty();
    daily.runFor(deadline.minusDays(7));
    assertThat(f.about(task.getId()))
        .containsExactlyInAnyOrder(
            leadStaff.username() + ":TASK_DUE_SOON:2019-08-13",
            coopStaff.username() + ":TASK_DUE_SOON:2019-08-13");
    daily.runFor(deadline.minusDays(6));
    assertThat(f.about(task.getId())).hasSize(2);
  }

  @Test
  void overdueFirstDayWeeklyAndEscalatedAtSevenDays() {
    LocalDate deadline = LocalDate.of(2019, 8, 1);
    Task task =
        f.task(
            "Quá hạn " + NotificationFixture.unique(),
            lead,
            List.of(coop),
            deadline,
            Clearance.NORMAL);
    String lateLead = leadStaff.username() + ":TASK_OVERDUE:";
    String escalated = leader.username() + ":TASK_OVERDUE_ESCALATED:";

    daily.runFor(deadline);
    assertThat(f.about(task.getId())).isEmpty();
    daily.runFor(deadline.plusDays(1));
    assertThat(f.about(task.getId())).containsExactly(lateLead + "2019-08-02");
    daily.runFor(deadline.plusDays(2));
    daily.runFor(deadline.plusDays(6));
    assertThat(mine(task)).containsExactly(lateLead + "2019-08-02");
    daily.runFor(deadline.plusDays(7));
    assertThat(mine(task))
        .containsExactlyInAnyOrder(lateLead + "2019-08-02", escalated + "2019-08-08");
    daily.runFor(deadline.plusDays(8));
    assertThat(mine(task))
        .containsExactlyInAnyOrder(
            lateLead + "2019-08-02", escalated + "2019-08-08", lateLead + "2019-08-09");
    // The cooperating department is not told of the overdue task; only the lead and the leaders.
    assertThat(f.about(task.getId())).noneMatch(s -> s.startsWith(coopStaff.username()));
  }

  @Test
  void runningADayTwiceAddsNothing() {
    LocalDate deadline = LocalDate.of(2019, 8, 23);
    Task task =
        f.task(
            "Hai lần " + NotificationFixture.unique(),
            lead,
            List.of(coop),
            deadline,
            Clearance.NORMAL);
    LocalDate day = deadline.minusDays(3);

    int first = daily.runFor(day);
    List<String> after = f.about(task.getId());
    long mails = f.outbox(NotificationFixture.email(leadStaff));
    int second = daily.runFor(day);

    assertThat(first).isGreaterThanOrEqualTo(2);
    assertThat(second).isZero();
    assertThat(f.about(task.getId())).isEqualTo(after).hasSize(2);
    assertThat(f.outbox(NotificationFixture.email(leadStaff))).isEqualTo(mails).isEqualTo(1);
  }

  @Test
  void twoRunsAtOnceStoreEachReminderOnce() throws Exception {
    LocalDate deadline = LocalDate.of(2019, 8, 26);
    Task task =
        f.task(
            "Cùng lúc " + NotificationFixture.unique(),
            lead,
            List.of(coop),
            deadline,
            Clearance.NORMAL);
    LocalDate day = deadline.minusDays(1);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        runs.add(
            pool.submit(
                () -> {
                  start.await();
                  return daily.runFor(day);
                }));
      }
      start.countDown();
      int created = runs.get(0).get(60, TimeUnit.SECONDS) + runs.get(1).get(60, TimeUnit.SECONDS);
      List<String> stored = f.about(task.getId());
      assertThat(stored)
          .containsExactlyInAnyOrder(
              leadStaff.username() + ":TASK_DUE_SOON:2019-08-25",
              coopStaff.username() + ":TASK_DUE_SOON:2019-08-25");
      // Between them, the two runs created every reminder of the day once, not twice.
      assertThat(created).isEqualTo(daily.runFor(day) + created);
      assertThat(f.outbox(NotificationFixture.email(coopStaff))).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void missedDaysAreCaughtUpAtTheNextRun() {
    // "Today" is pinned to 2019-07-15; the last completed day was the 12th.
    f.jdbc.update("delete from reminder_run");
    f.jdbc.update(
        "insert into reminder_run (run_day, completed_at) values (date '2019-07-12', current_timestamp)");
    Task task =
        f.task(
            "Bù ngày " + NotificationFixture.unique(),
            lead,
            List.of(),
            LocalDate.of(2019, 7, 21),
            Clearance.NORMAL);

    DailyReminders.Result result = daily.runDue();

    assertThat(result.days())
        .containsExactly(
            LocalDate.of(2019, 7, 13), LocalDate.of(2019, 7, 14), LocalDate.of(2019, 7, 15));
    // Seven days before the 21st was the 14th, a day the application missed.
    assertThat(f.about(task.getId()))
        .containsExactly(leadStaff.username() + ":TASK_DUE_SOON:2019-07-14");
    assertThat(daily.runDue().days()).isEmpty();
  }

  @Test
  void theFirstRunEverTellsOfWhatIsAlreadyLate() {
    f.jdbc.update("delete from reminder_run");
    // On 2019-07-15, 3 days overdue and 4 days before are no reminder days of their own.
    Task late =
        f.task(
            "Đã trễ " + NotificationFixture.unique(),
            lead,
            List.of(),
            LocalDate.of(2019, 7, 12),
            Clearance.NORMAL);
    Task soon =
        f.task(
            "Sắp tới " + NotificationFixture.unique(),
            lead,
            List.of(),
            LocalDate.of(2019, 7, 19),
            Clearance.NORMAL);

    assertThat(daily.runDue().days()).containsExactly(LocalDate.of(2019, 7, 15));

    assertThat(f.about(late.getId()))
        .containsExactly(leadStaff.username() + ":TASK_OVERDUE:2019-07-15");
    assertThat(f.about(soon.getId()))
        .containsExactly(leadStaff.username() + ":TASK_DUE_SOON:2019-07-15");
  }

  @Test
  void mailCarriesTheTitleAndALinkInTextAndHtml() throws Exception {
    String title = "Tuyên truyền kết quả " + NotificationFixture.unique();
    LocalDate deadline = LocalDate.of(2019, 8, 28);
    Task task = f.task(title, lead, List.of(), deadline, Clearance.NORMAL);
    daily.runFor(deadline.minusDays(7));

    mail.sendDue();

    MimeMessage[] received = to(NotificationFixture.email(leadStaff));
    assertThat(received).hasSize(1);
    MimeMessage m = received[0];
    assertThat(m.getSubject()).isEqualTo("[Nhắc việc] Sắp đến hạn: " + title);
    String raw = GreenMailUtil.getWholeMessage(m);
    assertThat(m.getContentType()).startsWith("multipart/");
    String body = bodies(m);
    assertThat(body)
        .contains("còn 7 ngày (hạn 28/08/2019)")
        .contains("https://kehoach.example.vn/tasks/" + task.getId())
        .contains("<a href=\"https://kehoach.example.vn/tasks/" + task.getId() + "\"");
    assertThat(raw).contains("text/plain").contains("text/html");
    assertThat(mail.sendDue()).isZero();
    assertThat(to(NotificationFixture.email(leadStaff))).hasSize(1);
  }

  @Test
  void noClassifiedTitleInAnyMailNorForAnyoneBelowTheClearance() throws Exception {
    Actor cleared = f.user(Role.STAFF, lead, Clearance.SECRET, true);
    String title = "Bảo vệ nhân sự mật " + NotificationFixture.unique();
    LocalDate deadline = LocalDate.of(2019, 8, 29);
    Task task = f.task(title, lead, List.of(), deadline, Clearance.SECRET);

    daily.runFor(deadline.minusDays(7));
    mail.sendDue();

    // The NORMAL user of the lead department hears nothing: for them the task does not exist.
    assertThat(f.about(task.getId()))
        .containsExactly(cleared.username() + ":TASK_DUE_SOON:2019-08-22");
    assertThat(to(NotificationFixture.email(leadStaff))).isEmpty();
    MimeMessage[] received = to(NotificationFixture.email(cleared));
    assertThat(received).hasSize(1);
    assertThat(received[0].getSubject())
        .isEqualTo("[Nhắc việc] Một nhiệm vụ mật cần anh/chị xử lý");
    String everything = received[0].getSubject() + bodies(received[0]);
    assertThat(everything)
        .contains("Một nhiệm vụ mật cần anh/chị xử lý: vui lòng mở ứng dụng")
        .doesNotContain(title)
        .doesNotContain("Nội dung")
        .doesNotContain("/tasks/" + task.getId());
    // In the application the cleared user reads the title.
    assertThat(notifications.page(cleared, 0).getContent())
        .anySatisfy(v -> assertThat(v.text()).contains(title));
  }

  @Test
  void aTaskClassifiedAfterItsReminderNoLongerShowsItsTitle() {
    String title = "Đổi độ mật " + NotificationFixture.unique();
    LocalDate deadline = LocalDate.of(2019, 8, 30);
    Task task = f.task(title, lead, List.of(), deadline, Clearance.NORMAL);
    daily.runFor(deadline.minusDays(7));
    assertThat(notifications.page(leadStaff, 0).getContent())
        .anySatisfy(v -> assertThat(v.text()).contains(title));

    f.jdbc.update("update task set confidentiality = 'CONFIDENTIAL' where id = ?", task.getId());

    assertThat(notifications.page(leadStaff, 0).getContent())
        .noneSatisfy(v -> assertThat(v.text()).contains(title))
        .anySatisfy(
            v -> {
              assertThat(v.text())
                  .isEqualTo("Một nhiệm vụ mật cần anh/chị xử lý: vui lòng mở ứng dụng.");
              assertThat(v.link()).isNull();
            });
  }

  @Test
  void aFailingSmtpServerLosesNothingAndTheMailGoesOutLater() throws Exception {
    LocalDate deadline = LocalDate.of(2019, 8, 31);
    Task task =
        f.task(
            "Máy chủ thư hỏng " + NotificationFixture.unique(),
            lead,
            List.of(),
            deadline,
            Clearance.NORMAL);
    NotificationFixture.stopSmtp();

    daily.runFor(deadline.minusDays(1));
    assertThat(mail.sendDue()).isZero();

    assertThat(f.about(task.getId())).hasSize(1);
    String to = NotificationFixture.email(leadStaff);
    assertThat(
            f.jdbc.queryForObject(
                "select attempts from mail_outbox where recipient = ? and sent_at is null",
                Integer.class,
                to))
        .isEqualTo(1);

    NotificationFixture.smtp();
    assertThat(mail.sendDue()).as("not before its next attempt").isZero();
    f.jdbc.update(
        "update mail_outbox set next_attempt_at = next_attempt_at - interval '1 hour' where recipient = ?",
        to);
    assertThat(mail.sendDue()).isGreaterThanOrEqualTo(1);
    assertThat(to(to)).hasSize(1);
    assertThat(mail.sendDue()).isZero();
  }

  /** The task's notifications of this test's users (other tests' leaders are leaders too). */
  List<String> mine(Task task) {
    List<String> users = List.of(leadStaff.username(), coopStaff.username(), leader.username());
    return f.about(task.getId()).stream()
        .filter(s -> users.contains(s.substring(0, s.indexOf(':'))))
        .toList();
  }

  static MimeMessage[] to(String address) throws Exception {
    return Arrays.stream(NotificationFixture.smtp().getReceivedMessages())
        .filter(
            m -> {
              try {
                return Arrays.stream(m.getAllRecipients())
                    .anyMatch(a -> a.toString().equals(address));
              } catch (Exception e) {
                return false;
              }
            })
        .toArray(MimeMessage[]::new);
  }

  /** The decoded text of every part of the mail. */
  static String bodies(MimeMessage m) throws Exception {
    StringBuilder out = new StringBuilder();
    collect(m.getContent(), out);
    return out.toString();
  }

  private static void collect(Object content, StringBuilder out) throws Exception {
    if (content instanceof jakarta.mail.Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        collect(multipart.getBodyPart(i).getContent(), out);
      }
    } else {
      out.append(content).append('\n');
    }
  }
}
