package vn.congressplanner.task.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.congressplanner.department.internal.DepartmentRepository;
import vn.congressplanner.support.IntegrationTest;
import vn.congressplanner.task.TaskFixtures;

/**
 * A relative deadline (D13) through the pages: the form takes {@code deadlineAnchor} and {@code
 * deadlineOffsetDays}, the detail, list, edit form, export and API show "D−30 (24/08/2020)" (the
 * demo congress opens 23/09/2020), and a refused offset shows its message next to the offset field
 * with nothing stored. Shares the task pages' database (and cached context).
 */
@IntegrationTest
@TestPropertySource(properties = "planner.test.database=tasks")
class RelativeDeadlineWebTests {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;
  @Autowired DepartmentRepository departments;
  @Autowired JdbcTemplate jdbc;

  TaskFixtures f;

  @BeforeEach
  void fixtures() {
    f = new TaskFixtures(departments, jdbc);
  }

  RequestPostProcessor as(String username) {
    return user(users.loadUserByUsername(username));
  }

  MockHttpServletRequestBuilder relative(String title, String phase, String anchor, String days) {
    return post("/tasks")
        .param("title", title)
        .param("workstream", "PROPAGANDA")
        .param("phase", phase)
        .param("leadDepartment", String.valueOf(f.departmentId("TGTU")))
        .param("deadline", "")
        .param("deadlineAnchor", anchor)
        .param("deadlineOffsetDays", days)
        .param("status", "NOT_STARTED")
        .param("progress", "0")
        .param("priority", "NORMAL")
        .param("confidentiality", "NORMAL")
        .with(csrf());
  }

  @Test
  void aRelativeDeadlineIsShownWithItsDateEverywhere() throws Exception {
    String token = TaskFixtures.token();
    String title = "Hạn tương đối " + token;
    String location =
        mvc.perform(relative(title, "BEFORE", "OPENING", "30").with(as("tuyengiao")))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    long id = Long.parseLong(location.substring("/tasks/".length()));
    assertThat(
            jdbc.queryForMap(
                "select deadline, deadline_anchor, deadline_offset_days from task where id = ?",
                id))
        .containsEntry("deadline_anchor", "OPENING")
        .containsEntry("deadline_offset_days", 30)
        .containsEntry("deadline", java.sql.Date.valueOf("2020-08-24"));

    Document detail = page(get(location), "tuyengiao");
    assertThat(detail.selectFirst("[data-testid=deadline]").text()).isEqualTo("D−30 (24/08/2020)");

    Document list = page(get("/tasks").param("q", token), "tuyengiao");
    assertThat(list.select("td[data-deadline-anchor=OPENING]").text())
        .isEqualTo("D−30 (24/08/2020)");

    Document edit = page(get(location + "/edit"), "tuyengiao");
    assertThat(edit.select("select[name=deadlineAnchor] option[selected]").attr("value"))
        .isEqualTo("OPENING");
    assertThat(edit.selectFirst("input[name=deadlineOffsetDays]").val()).isEqualTo("30");
    assertThat(edit.selectFirst("[data-testid=deadline-relative]").text())
        .isEqualTo("D−30 (24/08/2020)");

    mvc.perform(get("/api/v1/tasks/" + id).with(as("tuyengiao")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.deadline").value("2020-08-24"))
        .andExpect(jsonPath("$.deadlineAnchor").value("OPENING"))
        .andExpect(jsonPath("$.deadlineOffsetDays").value(30))
        .andExpect(jsonPath("$.deadlineCode").value("D−30"));

    String csv =
        mvc.perform(
                get("/tasks/export").param("format", "csv").param("q", token).with(as("tuyengiao")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(csv).contains("2020-08-24").contains("D−30");
  }

  @Test
  void anOffsetOutsideThePhaseIsRefusedNextToTheOffsetWithTheInputKept() throws Exception {
    String title = "Hạn D−0 " + TaskFixtures.token();
    TaskFixtures.Snapshot before = f.snapshot();
    String html =
        mvc.perform(relative(title, "BEFORE", "OPENING", "0").with(as("tuyengiao")))
            .andExpect(status().isOk())
            .andExpect(view().name("tasks/form"))
            .andExpect(
                model()
                    .attributeHasFieldErrorCode(
                        "taskForm", "deadlineOffsetDays", "task.deadlineOffsetDays.outsidePhase"))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    Document form = Jsoup.parse(html);
    assertThat(form.selectFirst("[data-error-for=deadlineOffsetDays]").text())
        .contains("D−0 (23/09/2020)")
        .contains("Trước Đại hội");
    assertThat(form.selectFirst("input[name=deadlineOffsetDays]").val()).isEqualTo("0");
    assertThat(form.select("select[name=deadlineAnchor] option[selected]").attr("value"))
        .isEqualTo("OPENING");
    assertThat(f.snapshot()).isEqualTo(before);

    mvc.perform(relative(title, "BEFORE", "OPENING", "").with(as("tuyengiao")))
        .andExpect(status().isOk())
        .andExpect(
            model()
                .attributeHasFieldErrorCode(
                    "taskForm", "deadlineOffsetDays", "task.deadlineOffsetDays.required"));
    assertThat(f.snapshot()).isEqualTo(before);
  }

  private Document page(MockHttpServletRequestBuilder request, String username) throws Exception {
    return Jsoup.parse(
        mvc.perform(request.with(as(username)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8));
  }
}
