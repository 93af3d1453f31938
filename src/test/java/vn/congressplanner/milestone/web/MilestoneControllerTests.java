package vn.congressplanner.milestone.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.congressplanner.milestone.Milestone;
import vn.congressplanner.milestone.MilestoneFixtures;
import vn.congressplanner.milestone.MilestoneService;
import vn.congressplanner.milestone.MilestoneStatus;
import vn.congressplanner.support.IntegrationTest;

/** The milestone pages over HTTP: field errors with input kept, redirects, 403 and 404. */
@IntegrationTest
class MilestoneControllerTests {

  static final LocalDate TODAY = LocalDate.of(2019, 7, 15);

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired MilestoneService service;
  @Autowired JdbcTemplate jdbc;

  MilestoneFixtures data;

  @BeforeEach
  void setUp() {
    data = MilestoneFixtures.from(context);
  }

  long milestoneCount() {
    return jdbc.queryForObject("select count(*) from milestone", Long.class);
  }

  @Test
  @WithUserDetails("lanhdao")
  void anEmptyFormShowsAnErrorNextToEachRequiredField() throws Exception {
    long before = milestoneCount();

    mvc.perform(
            post("/milestones")
                .with(csrf())
                .param("title", "  ")
                .param("workstream", "")
                .param("kind", "")
                .param("dueDate", "")
                .param("submitTo", "Ban Thường vụ")
                .param("responsibleDepartment", ""))
        .andExpect(status().isOk())
        .andExpect(view().name("milestones/form"))
        .andExpect(model().attributeHasFieldErrorCode("milestoneForm", "title", "NotBlank"))
        .andExpect(model().attributeHasFieldErrorCode("milestoneForm", "kind", "NotNull"))
        .andExpect(model().attributeHasFieldErrorCode("milestoneForm", "dueDate", "NotNull"))
        .andExpect(
            model().attributeHasFieldErrorCode("milestoneForm", "responsibleDepartment", "NotNull"))
        .andExpect(content().string(containsString("data-error-for=\"title\"")))
        .andExpect(content().string(containsString("value=\"Ban Thường vụ\"")));
    assertThat(milestoneCount()).isEqualTo(before);
  }

  @Test
  @WithUserDetails("lanhdao")
  void anInvalidDateIsAFieldErrorNotAServerError() throws Exception {
    mvc.perform(
            post("/milestones")
                .with(csrf())
                .param("title", "Kế hoạch")
                .param("kind", "PLAN")
                .param("dueDate", "2019-02-30")
                .param("responsibleDepartment", data.department("TGTU").getId().toString()))
        .andExpect(status().isOk())
        .andExpect(model().attributeHasFieldErrorCode("milestoneForm", "dueDate", "typeMismatch"));
  }

  @Test
  @WithUserDetails("admin")
  void creatingRedirectsToTheNewMilestoneWithAFlashMessage() throws Exception {
    String title = MilestoneFixtures.unique("Báo cáo nhanh");
    mvc.perform(
            post("/milestones")
                .with(csrf())
                .param("title", title)
                .param("workstream", "")
                .param("kind", "REPORT")
                .param("dueDate", "2020-09-30")
                .param("submitTo", "Ban Thường vụ Tỉnh ủy")
                .param("responsibleDepartment", data.department("TGTU").getId().toString()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrlPattern("/milestones/*"))
        .andExpect(flash().attribute("flashSuccess", "milestone.flash.created"));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from milestone where title = ? and workstream is null",
                Long.class,
                title))
        .isEqualTo(1L);
  }

  @Test
  @WithUserDetails("lanhdao")
  void aDateChangeWithoutReasonKeepsTheInputAndShowsTheError() throws Exception {
    Milestone m = data.milestone(MilestoneFixtures.unique("MVC D8"), LocalDate.of(2019, 8, 30));
    Map<String, Object> before = data.snapshot(m.getId());

    String html =
        mvc.perform(
                post("/milestones/{id}", m.getId())
                    .with(csrf())
                    .param("title", "Tên đã sửa")
                    .param("workstream", "PROPAGANDA")
                    .param("kind", "PLAN")
                    .param("dueDate", "2019-09-15")
                    .param("responsibleDepartment", m.getResponsibleDepartment().getId().toString())
                    .param("changeReason", "")
                    .param("version", String.valueOf(m.getVersion())))
            .andExpect(status().isOk())
            .andExpect(view().name("milestones/form"))
            .andExpect(
                model()
                    .attributeHasFieldErrorCode(
                        "milestoneForm", "changeReason", "milestone.changeReason.required"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    Document page = Jsoup.parse(html);
    assertThat(page.select("textarea#title").text()).isEqualTo("Tên đã sửa");
    assertThat(page.select("input#dueDate").val()).isEqualTo("2019-09-15");
    assertThat(page.select("[data-error-for=changeReason]").text())
        .isEqualTo("Thay đổi thời hạn của mốc phải nêu lý do");
    assertThat(data.snapshot(m.getId())).isEqualTo(before);
  }

  @Test
  @WithUserDetails("lanhdao")
  void aDateBeforeALinkedTaskShowsTheTaskNextToTheDueDate() throws Exception {
    Milestone m =
        data.milestone(MilestoneFixtures.unique("MVC D8 task"), LocalDate.of(2019, 8, 30));
    String task = MilestoneFixtures.unique("Hoàn thiện dự thảo");
    data.linkedTask(m, task, LocalDate.of(2019, 8, 25));

    String html =
        mvc.perform(
                post("/milestones/{id}", m.getId())
                    .with(csrf())
                    .param("title", m.getTitle())
                    .param("workstream", "PROPAGANDA")
                    .param("kind", "PLAN")
                    .param("dueDate", "2019-08-24")
                    .param("responsibleDepartment", m.getResponsibleDepartment().getId().toString())
                    .param("changeReason", "Theo chỉ đạo")
                    .param("version", String.valueOf(m.getVersion())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Document page = Jsoup.parse(html);
    assertThat(page.select("[data-error-for=dueDate]").text())
        .contains("24/08/2019")
        .contains("“" + task + "”");
    assertThat(page.select("textarea#changeReason").text()).isEqualTo("Theo chỉ đạo");
  }

  @Test
  @WithUserDetails("lanhdao")
  void aStaleVersionShowsTheCurrentVersionWithAConflictMessage() throws Exception {
    Milestone m =
        data.milestone(MilestoneFixtures.unique("MVC conflict"), LocalDate.of(2019, 9, 30));
    String newer = m.getTitle() + " (bản mới)";
    service.update(
        m.getId(),
        new MilestoneService.Fields(
            newer,
            m.getWorkstream(),
            m.getKind(),
            m.getDueDate(),
            m.getSubmitTo(),
            m.getResponsibleDepartment().getId(),
            null,
            m.getVersion()),
        data.actor("admin"));
    Map<String, Object> before = data.snapshot(m.getId());

    mvc.perform(
            post("/milestones/{id}", m.getId())
                .with(csrf())
                .param("title", "Bản cũ")
                .param("kind", "PLAN")
                .param("dueDate", "2019-09-30")
                .param("responsibleDepartment", m.getResponsibleDepartment().getId().toString())
                .param("version", "0"))
        .andExpect(status().isConflict())
        .andExpect(model().attribute("conflict", true))
        .andExpect(content().string(containsString("data-testid=\"milestone-conflict\"")))
        .andExpect(content().string(containsString(newer)));
    assertThat(data.snapshot(m.getId())).isEqualTo(before);
  }

  @Test
  @WithUserDetails("tuyengiao")
  void aLateSubmissionWithoutReasonShowsTheErrorNextToTheLateReason() throws Exception {
    Milestone m = data.milestone(MilestoneFixtures.unique("MVC D7"), TODAY.minusDays(3));
    Map<String, Object> before = data.snapshot(m.getId());

    String html =
        mvc.perform(
                post("/milestones/{id}/submit", m.getId())
                    .with(csrf())
                    .param("note", "Bản dự thảo đã hoàn thiện")
                    .param("lateReason", ""))
            .andExpect(status().isOk())
            .andExpect(view().name("milestones/detail"))
            .andExpect(
                model()
                    .attributeHasFieldErrorCode(
                        "submitForm", "lateReason", "milestone.lateReason.required"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    Document page = Jsoup.parse(html);
    assertThat(page.select("[data-error-for=lateReason]").text())
        .isEqualTo("Đã quá thời hạn 12/07/2019 được 3 ngày: phải nêu lý do nộp muộn");
    assertThat(page.select("textarea#note").text()).isEqualTo("Bản dự thảo đã hoàn thiện");
    assertThat(data.snapshot(m.getId())).isEqualTo(before);
  }

  @Test
  @WithUserDetails("lanhdao")
  void returningWithoutCommentShowsTheErrorInTheReturnForm() throws Exception {
    Milestone m = data.milestone(MilestoneFixtures.unique("MVC return"), TODAY.plusDays(3));
    service.submit(m.getId(), null, null, data.actor("tuyengiao"));
    Map<String, Object> before = data.snapshot(m.getId());

    String html =
        mvc.perform(post("/milestones/{id}/return", m.getId()).with(csrf()).param("comment", " "))
            .andExpect(status().isOk())
            .andExpect(
                model()
                    .attributeHasFieldErrorCode(
                        "returnForm", "comment", "milestone.comment.required"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    Document page = Jsoup.parse(html);
    assertThat(page.select("[data-error-for=return-comment]")).hasSize(1);
    assertThat(page.select("[data-error-for=approve-comment]")).isEmpty();
    assertThat(page.select("[data-testid=milestone-frozen]")).hasSize(1);
    assertThat(data.snapshot(m.getId())).isEqualTo(before);
  }

  @Test
  @WithUserDetails("lanhdao")
  void approvingAnOpenMilestoneIsRefusedWithAFlashMessage() throws Exception {
    Milestone m = data.milestone(MilestoneFixtures.unique("MVC approve open"), TODAY.plusDays(3));
    Map<String, Object> before = data.snapshot(m.getId());

    mvc.perform(post("/milestones/{id}/approve", m.getId()).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("flashError", "milestone.approve.notAllowed"));
    assertThat(data.snapshot(m.getId())).isEqualTo(before);
  }

  @Test
  @WithUserDetails("tuyengiao")
  void staffCannotApproveReturnOrEdit() throws Exception {
    Milestone m = data.milestone(MilestoneFixtures.unique("MVC staff"), TODAY.plusDays(3));
    service.submit(m.getId(), null, null, data.actor("tuyengiao"));
    Map<String, Object> before = data.snapshot(m.getId());

    mvc.perform(post("/milestones/{id}/approve", m.getId()).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(post("/milestones/{id}/return", m.getId()).with(csrf()).param("comment", "Sửa"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/milestones/{id}", m.getId())
                .with(csrf())
                .param("title", "Đổi tên")
                .param("kind", "PLAN")
                .param("dueDate", "2019-12-31")
                .param("responsibleDepartment", m.getResponsibleDepartment().getId().toString())
                .param("changeReason", "Lý do"))
        .andExpect(status().isForbidden());
    mvc.perform(get("/milestones/new")).andExpect(status().isForbidden());
    mvc.perform(get("/milestones/{id}/edit", m.getId())).andExpect(status().isForbidden());
    assertThat(data.snapshot(m.getId())).isEqualTo(before);
  }

  @Test
  @WithUserDetails("congan")
  void staffOfAnotherDepartmentCannotSubmit() throws Exception {
    Milestone m = data.milestone(MilestoneFixtures.unique("MVC other dept"), TODAY.plusDays(3));
    Map<String, Object> before = data.snapshot(m.getId());

    mvc.perform(post("/milestones/{id}/submit", m.getId()).with(csrf()).param("note", "x"))
        .andExpect(status().isForbidden());
    assertThat(data.snapshot(m.getId())).isEqualTo(before);
    assertThat(data.reload(m.getId()).getStatus()).isEqualTo(MilestoneStatus.OPEN);
  }

  @Test
  @WithUserDetails("tuyengiao")
  void theListShowsDueDateStatusDaysAndLinkedTasks() throws Exception {
    Milestone m = data.milestone(MilestoneFixtures.unique("MVC list"), TODAY.minusDays(2));
    data.linkedTask(m, MilestoneFixtures.unique("Việc"), TODAY.minusDays(4));

    String html =
        mvc.perform(get("/milestones"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Document page = Jsoup.parse(html);
    var row = page.select("[data-milestone-id=" + m.getId() + "]");
    assertThat(row).hasSize(1);
    assertThat(row.select("[data-testid=milestone-due]").text()).isEqualTo("13/07/2019");
    assertThat(row.select("[data-testid=milestone-status]").text()).isEqualTo("Đang thực hiện");
    assertThat(row.select("[data-testid=milestone-timing]").text()).isEqualTo("Quá hạn 2 ngày");
    assertThat(row.select("[data-testid=milestone-tasks]").text()).isEqualTo("0/1");
    // The three demo milestones are there, and staff see no "new" button.
    assertThat(page.select("[data-testid=milestone-row]").size()).isGreaterThanOrEqualTo(4);
    assertThat(page.select("[data-testid=milestone-new]")).isEmpty();
  }

  @Test
  @WithUserDetails("tuyengiao")
  void theDetailShowsTheSubmitFormToTheResponsibleStaffOnly() throws Exception {
    Milestone m = data.milestone(MilestoneFixtures.unique("MVC detail"), TODAY.minusDays(1));

    Document page =
        Jsoup.parse(
            mvc.perform(get("/milestones/{id}", m.getId()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(page.select("[data-testid=submit-form]")).hasSize(1);
    assertThat(page.select("textarea#lateReason")).hasSize(1);
    assertThat(page.select("[data-testid=approve-form]")).isEmpty();
    assertThat(page.select("[data-testid=return-form]")).isEmpty();
    assertThat(page.select("[data-testid=milestone-edit]")).isEmpty();
  }

  @Test
  @WithUserDetails("lanhdao")
  void anUnknownMilestoneIsNotFound() throws Exception {
    mvc.perform(get("/milestones/{id}", 987654321L)).andExpect(status().isNotFound());
    mvc.perform(get("/milestones/abc")).andExpect(status().isNotFound());
    mvc.perform(post("/milestones/{id}/approve", 987654321L).with(csrf()))
        .andExpect(status().isNotFound());
  }
}
