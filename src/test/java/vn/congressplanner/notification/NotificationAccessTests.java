package vn.congressplanner.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.congressplanner.account.Actor;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.account.Role;
import vn.congressplanner.task.Task;

/**
 * The access matrix of this module's routes (anonymous, STAFF, LEADER, ADMIN), every refusal with a
 * snapshot proving that nothing changed; chasing; the calendar feed parsed back.
 */
@NotificationTest
class NotificationAccessTests {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;
  @Autowired DailyReminders daily;

  NotificationFixture f;
  long lead;
  long coop;
  Actor staff;
  Actor otherStaff;
  Actor leader;
  Actor admin;
  Task task;
  Task secret;

  @BeforeEach
  void data() {
    f = new NotificationFixture(context);
    lead = f.department();
    coop = f.department();
    staff = f.user(Role.STAFF, lead, Clearance.NORMAL, false);
    otherStaff = f.user(Role.STAFF, coop, Clearance.NORMAL, false);
    leader = f.user(Role.LEADER, coop, Clearance.SECRET, false);
    admin = f.user(Role.ADMIN, coop, Clearance.TOP_SECRET, false);
    task =
        f.task(
            "Đôn đốc " + NotificationFixture.unique(),
            lead,
            List.of(coop),
            LocalDate.of(2019, 8, 12),
            Clearance.NORMAL);
    secret =
        f.task(
            "Tuyệt mật " + NotificationFixture.unique(),
            lead,
            List.of(coop),
            LocalDate.of(2019, 8, 14),
            Clearance.TOP_SECRET);
  }

  RequestPostProcessor as(Actor actor) {
    return user(users.loadUserByUsername(actor.username()));
  }

  /** What a refused request must leave as it was. */
  Map<String, Object> snapshot() {
    return f.jdbc.queryForMap(
        "select (select count(*) from notification) as notifications,"
            + " (select count(*) from notification where read_at is not null) as read,"
            + " (select count(*) from chase) as chases,"
            + " (select count(*) from history_entry) as history,"
            + " (select count(*) from mail_outbox) as mails,"
            + " (select count(*) from notification_preference) as preferences,"
            + " (select count(*) from calendar_token) as tokens");
  }

  long unread(Actor actor) {
    return f.jdbc.queryForObject(
        "select count(*) from notification where recipient_id = ? and read_at is null",
        Long.class,
        actor.userId());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/notifications",
        "/notifications/unread",
        "/account/notifications",
      })
  void pagesNeedALogin(String path) throws Exception {
    mvc.perform(get(path))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/login"));
  }

  @Test
  void everyRoleReadsItsOwnPages() throws Exception {
    for (Actor actor : List.of(staff, leader, admin)) {
      mvc.perform(get("/notifications").with(as(actor))).andExpect(status().isOk());
      mvc.perform(get("/account/notifications").with(as(actor))).andExpect(status().isOk());
      mvc.perform(get("/notifications/unread").with(as(actor)))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("data-metric=\"notifications.unread\"")));
    }
  }

  @Test
  void postsNeedALoginAndACsrfToken() throws Exception {
    Map<String, Object> before = snapshot();
    mvc.perform(post("/notifications/read-all").with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/login"));
    mvc.perform(post("/tasks/" + task.getId() + "/chase").param("message", "x").with(csrf()))
        .andExpect(redirectedUrl("/login"));
    mvc.perform(post("/tasks/" + task.getId() + "/chase").param("message", "x").with(as(leader)))
        .andExpect(status().isForbidden());
    mvc.perform(post("/account/calendar").with(as(staff))).andExpect(status().isForbidden());
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void staffCannotChaseAndNothingChanges() throws Exception {
    Map<String, Object> before = snapshot();
    mvc.perform(
            post("/tasks/" + task.getId() + "/chase")
                .param("message", "Khẩn trương")
                .with(as(staff))
                .with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/tasks/" + task.getId() + "/chase")
                .param("message", "Khẩn trương")
                .with(as(otherStaff))
                .with(csrf()))
        .andExpect(status().isForbidden());
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aTaskAboveTheClearanceIsNotFoundAndNothingChanges() throws Exception {
    Map<String, Object> before = snapshot();
    mvc.perform(
            post("/tasks/" + secret.getId() + "/chase")
                .param("message", "Khẩn trương")
                .with(as(leader))
                .with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/tasks/999999999/chase")
                .param("message", "Khẩn trương")
                .with(as(admin))
                .with(csrf()))
        .andExpect(status().isNotFound());
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aBlankChaseIsRefusedNextToTheFieldAndNothingChanges() throws Exception {
    Map<String, Object> before = snapshot();
    var result =
        mvc.perform(
                post("/tasks/" + task.getId() + "/chase")
                    .param("message", "   ")
                    .with(as(leader))
                    .with(csrf()))
            .andExpect(status().isOk())
            .andExpect(
                model()
                    .attributeHasFieldErrorCode("chaseForm", "message", "chase.message.required"))
            .andReturn();
    Document page = Jsoup.parse(result.getResponse().getContentAsString());
    assertThat(page.select("[data-error-for=message]").text()).isEqualTo("Nhập nội dung đôn đốc.");
    String tooLong = "đ".repeat(1001);
    mvc.perform(
            post("/tasks/" + task.getId() + "/chase")
                .param("message", tooLong)
                .with(as(leader))
                .with(csrf()))
        .andExpect(
            model().attributeHasFieldErrorCode("chaseForm", "message", "chase.message.tooLong"))
        .andExpect(content().string(containsString(tooLong)));
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void leadersAndAdminsChaseTheLeadDepartmentKeptInTheHistory() throws Exception {
    long before = unread(staff);
    mvc.perform(
            post("/tasks/" + task.getId() + "/chase")
                .param("message", "Đề nghị báo cáo ngay")
                .with(as(leader))
                .with(csrf()))
        .andExpect(redirectedUrl("/tasks/" + task.getId()));
    mvc.perform(
            post("/tasks/" + task.getId() + "/chase")
                .param("message", "Lần hai")
                .with(as(admin))
                .with(csrf()))
        .andExpect(redirectedUrl("/tasks/" + task.getId()));

    assertThat(unread(staff)).isEqualTo(before + 2);
    // The cooperating department is not chased: the lead department is.
    assertThat(unread(otherStaff)).isZero();
    assertThat(
            f.jdbc.queryForList(
                "select new_value from history_entry where entity_type = 'TASK' and entity_id = ?"
                    + " and field = 'chase' order by id",
                String.class,
                task.getId()))
        .containsExactly("Đề nghị báo cáo ngay", "Lần hai");
    var detail = mvc.perform(get("/tasks/" + task.getId()).with(as(leader))).andReturn();
    Document page = Jsoup.parse(detail.getResponse().getContentAsString());
    assertThat(page.select("[data-testid=task-history]").text())
        .contains("Đôn đốc")
        .contains("Đề nghị báo cáo ngay");
    assertThat(page.select("[data-testid=chase-form]")).hasSize(1);
    var staffPage = mvc.perform(get("/tasks/" + task.getId()).with(as(staff))).andReturn();
    assertThat(
            Jsoup.parse(staffPage.getResponse().getContentAsString())
                .select("[data-testid=chase-form]"))
        .isEmpty();

    var list = mvc.perform(get("/notifications").with(as(staff))).andReturn();
    Document notifications = Jsoup.parse(list.getResponse().getContentAsString());
    assertThat(notifications.select("[data-metric=notifications.unread]").text())
        .isEqualTo("" + (before + 2));
    assertThat(notifications.select("[data-testid=notification-text]").eachText())
        .anySatisfy(
            t ->
                assertThat(t)
                    .contains("đôn đốc nhiệm vụ")
                    .contains("Đề nghị báo cáo ngay")
                    .contains(task.getTitle()));
  }

  @Test
  void readingIsOwnOnlyAndAnotherUsersNotificationIsNotFound() throws Exception {
    mvc.perform(
            post("/tasks/" + task.getId() + "/chase")
                .param("message", "Đọc đi")
                .with(as(leader))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    long id =
        f.jdbc.queryForObject(
            "select max(id) from notification where recipient_id = ?", Long.class, staff.userId());
    Map<String, Object> before = snapshot();
    mvc.perform(post("/notifications/" + id + "/read").with(as(otherStaff)).with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(post("/notifications/" + id + "/read").with(as(admin)).with(csrf()))
        .andExpect(status().isNotFound());
    assertThat(snapshot()).isEqualTo(before);

    mvc.perform(
            post("/notifications/" + id + "/read")
                .param("next", "https://evil.example/x")
                .with(as(staff))
                .with(csrf()))
        .andExpect(redirectedUrl("/notifications"));
    assertThat(unread(staff)).isZero();
    mvc.perform(
        post("/tasks/" + task.getId() + "/chase")
            .param("message", "Lần nữa")
            .with(as(leader))
            .with(csrf()));
    mvc.perform(
        post("/tasks/" + task.getId() + "/chase")
            .param("message", "Lần nữa")
            .with(as(admin))
            .with(csrf()));
    assertThat(unread(staff)).isEqualTo(2);
    mvc.perform(post("/notifications/read-all").with(as(staff)).with(csrf()))
        .andExpect(redirectedUrl("/notifications"));
    assertThat(unread(staff)).isZero();
  }

  @Test
  void preferencesRefuseABadAddressNextToTheFieldAndKeepIt() throws Exception {
    Map<String, Object> before = snapshot();
    var result =
        mvc.perform(
                post("/account/notifications")
                    .param("email", "khong-phai-thu")
                    .param("emailEnabled", "true")
                    .with(as(staff))
                    .with(csrf()))
            .andExpect(status().isOk())
            .andExpect(
                model().attributeHasFieldErrorCode("form", "email", "notification.email.invalid"))
            .andReturn();
    Document page = Jsoup.parse(result.getResponse().getContentAsString());
    assertThat(page.select("input[name=email]").val()).isEqualTo("khong-phai-thu");
    assertThat(snapshot()).isEqualTo(before);

    mvc.perform(
            post("/account/notifications")
                .param("email", "canbo@tinhuy.example.vn")
                .param("emailEnabled", "true")
                .with(as(staff))
                .with(csrf()))
        .andExpect(redirectedUrl("/account/notifications"));
    assertThat(f.notifications.preferences(staff))
        .isEqualTo(new NotificationService.Preferences("canbo@tinhuy.example.vn", true));
    mvc.perform(
            post("/account/notifications")
                .param("email", "canbo@tinhuy.example.vn")
                .with(as(staff))
                .with(csrf()))
        .andExpect(redirectedUrl("/account/notifications"));
    assertThat(f.notifications.preferences(staff).emailEnabled()).isFalse();
  }

  @Test
  void theCalendarFeedHasTheDepartmentsDeadlinesNeverAClassifiedOneAndRevokesTo404()
      throws Exception {
    Task cooperating =
        f.task(
            "Phối hợp " + NotificationFixture.unique(),
            coop,
            List.of(lead),
            LocalDate.of(2019, 8, 16),
            Clearance.NORMAL);
    Task confidential =
        f.task(
            "Mật " + NotificationFixture.unique(),
            lead,
            List.of(),
            LocalDate.of(2019, 8, 18),
            Clearance.CONFIDENTIAL);
    Actor cleared = f.user(Role.STAFF, lead, Clearance.TOP_SECRET, false);

    var created =
        mvc.perform(post("/account/calendar").with(as(cleared)).with(csrf()))
            .andExpect(redirectedUrl("/account/notifications"))
            .andReturn();
    String url = (String) created.getFlashMap().get("calendarUrl");
    assertThat(url).startsWith("https://kehoach.example.vn/calendar/").endsWith(".ics");
    String path = url.substring("https://kehoach.example.vn".length());
    String token = path.substring("/calendar/".length(), path.length() - 4);
    assertThat(token.length()).isGreaterThanOrEqualTo(43); // 256 bits in base64url
    assertThat(
            f.jdbc.queryForObject(
                "select count(*) from calendar_token where token_hash = ?", Long.class, token))
        .isZero();

    var feed = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
    assertThat(feed.getResponse().getContentType()).startsWith("text/calendar");
    ICalendar ical = Biweekly.parse(feed.getResponse().getContentAsString()).first();
    List<String> summaries = ical.getEvents().stream().map(e -> e.getSummary().getValue()).toList();
    assertThat(summaries)
        .contains("Hạn nhiệm vụ: " + task.getTitle(), "Hạn nhiệm vụ: " + cooperating.getTitle());
    assertThat(summaries)
        .noneMatch(s -> s.contains(secret.getTitle()) || s.contains(confidential.getTitle()));
    VEvent event =
        ical.getEvents().stream()
            .filter(e -> e.getSummary().getValue().contains(task.getTitle()))
            .findFirst()
            .orElseThrow();
    assertThat(event.getDateStart().getValue().hasTime()).isFalse();
    assertThat(feed.getResponse().getContentAsString())
        .contains("DTSTART;VALUE=DATE:20190812")
        .contains("UID:task-" + task.getId() + "@congress-planner");
    assertThat(event.getUrl().getValue())
        .isEqualTo("https://kehoach.example.vn/tasks/" + task.getId());

    mvc.perform(get("/calendar/" + "A".repeat(43) + ".ics")).andExpect(status().isNotFound());
    // Renewing makes the old address stop working.
    var renewed = mvc.perform(post("/account/calendar").with(as(cleared)).with(csrf())).andReturn();
    String newPath =
        ((String) renewed.getFlashMap().get("calendarUrl"))
            .substring("https://kehoach.example.vn".length());
    mvc.perform(get(path)).andExpect(status().isNotFound());
    mvc.perform(get(newPath)).andExpect(status().isOk());
    mvc.perform(post("/account/calendar/revoke").with(as(cleared)).with(csrf()))
        .andExpect(redirectedUrl("/account/notifications"));
    mvc.perform(get(newPath)).andExpect(status().isNotFound());
  }

  @Test
  void theDemoDepartmentsMilestonesAreInItsFeed() throws Exception {
    Actor tuyengiao =
        f.accounts.all().stream()
            .filter(u -> u.getUsername().equals("tuyengiao"))
            .findFirst()
            .orElseThrow()
            .toActor();
    var created =
        mvc.perform(post("/account/calendar").with(as(tuyengiao)).with(csrf())).andReturn();
    String path =
        ((String) created.getFlashMap().get("calendarUrl"))
            .substring("https://kehoach.example.vn".length());
    String feed =
        mvc.perform(get(path))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    ICalendar ical = Biweekly.parse(feed).first();
    assertThat(ical.getEvents())
        .anySatisfy(e -> assertThat(e.getSummary().getValue()).startsWith("Hạn mốc: "));
    assertThat(ical.getEvents())
        .anySatisfy(e -> assertThat(e.getSummary().getValue()).startsWith("Hạn nhiệm vụ: "));
  }

  @Test
  void theCounterPollsExceptWhileATemporaryPasswordMustBeChanged() throws Exception {
    Document normal =
        Jsoup.parse(
            mvc.perform(get("/notifications").with(as(staff)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(normal.select("[data-metric=notifications.unread]").attr("hx-get"))
        .isEqualTo("/notifications/unread");
    assertThat(normal.select("[data-metric=notifications.unread]").attr("hx-trigger"))
        .isEqualTo("every 60s");

    String name = "t" + NotificationFixture.unique();
    f.accounts.create(
        name,
        new vn.congressplanner.account.AccountService.UserChange(
            "Tạm " + name, Role.STAFF, lead, Clearance.NORMAL, true),
        null,
        Actor.system());
    Document temporary =
        Jsoup.parse(
            mvc.perform(get("/account/password").with(user(users.loadUserByUsername(name))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(temporary.select("[data-metric=notifications.unread]")).hasSize(1);
    assertThat(temporary.select("[hx-get*=/notifications/unread]")).isEmpty();
  }
}
