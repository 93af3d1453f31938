package vn.congressplanner.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.congressplanner.support.IntegrationTest;

/**
 * Issue 11 §2–4 at their edges, for the roles that reach each route: a NUL in a filter, a progress
 * note one character over its column, a page past any plan. Each answers a page or a field message
 * (4xx), never a 500, and a refusal writes nothing.
 */
@IntegrationTest
class HardeningLimitsTests {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;
  @Autowired JdbcTemplate jdbc;

  private UserDetails as(String username) {
    return users.loadUserByUsername(username);
  }

  @Test
  void aNulInAnyFilterIsIgnoredNotAServerError() throws Exception {
    for (String who : new String[] {"tuyengiao", "lanhdao", "admin"}) {
      mvc.perform(get("/tasks").param("q", "\u0000").with(user(as(who))))
          .andExpect(status().isOk());
      mvc.perform(get("/tasks").param("q", "đại\u0000hội").with(user(as(who))))
          .andExpect(status().isOk());
      mvc.perform(get("/api/v1/tasks").param("q", "\u0000").with(user(as(who))))
          .andExpect(status().isOk());
      mvc.perform(
              get("/tasks/export").param("format", "csv").param("q", "\u0000").with(user(as(who))))
          .andExpect(status().isOk());
    }
    mvc.perform(
            get("/admin/history")
                .param("q", "\u0000")
                .param("actor", "ad\u0000min")
                .param("entityType", "TASK\u0000")
                .with(user(as("admin"))))
        .andExpect(status().isOk());
    // Not an admin: still 403, the filter never reached.
    mvc.perform(get("/admin/history").param("q", "\u0000").with(user(as("lanhdao"))))
        .andExpect(status().isForbidden());
  }

  @Test
  void aHugePageIsAnEmptyPage() throws Exception {
    mvc.perform(get("/tasks").param("page", "2147483647").with(user(as("lanhdao"))))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/tasks").param("page", "2147483647").with(user(as("lanhdao"))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content").isEmpty());
    mvc.perform(
            get("/api/v1/tasks")
                .param("page", "-5")
                .param("size", "2147483647")
                .with(user(as("lanhdao"))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.page").value(0))
        .andExpect(jsonPath("$.size").value(100));
    mvc.perform(get("/admin/history").param("page", "2147483647").with(user(as("admin"))))
        .andExpect(status().isOk());
    // Notifications: page × 25 used to overflow the int offset into a negative one (a 500).
    for (String who : new String[] {"tuyengiao", "lanhdao", "admin"}) {
      for (String page : new String[] {"100000000", "85899346", "2147483647"}) {
        mvc.perform(get("/notifications").param("page", page).with(user(as(who))))
            .andExpect(status().isOk());
      }
    }
    assertThat(Paging.page(Integer.MAX_VALUE)).isEqualTo(Paging.MAX_PAGE);
    assertThat(Paging.page(-1)).isZero();
  }

  @Test
  void aProgressNoteOneCharacterOverItsColumnIsAFieldMessage() throws Exception {
    long task =
        jdbc.queryForObject(
            "select min(t.id) from task t join department d on d.id = t.lead_department_id"
                + " where d.code = 'TGTU' and t.status in ('NOT_STARTED', 'IN_PROGRESS')"
                + " and t.confidentiality = 'NORMAL'",
            Long.class);
    Integer reportsBefore =
        jdbc.queryForObject(
            "select count(*) from progress_report where task_id = ?", Integer.class, task);
    Long versionBefore =
        jdbc.queryForObject("select version from task where id = ?", Long.class, task);

    mvc.perform(
            post("/tasks/" + task + "/progress")
                .param("progress", "30")
                .param("note", "x".repeat(4001))
                .with(csrf())
                .with(user(as("tuyengiao"))))
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            model()
                .attributeHasFieldErrorCode("progressForm", "note", "task.progressNote.tooLong"));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from progress_report where task_id = ?", Integer.class, task))
        .isEqualTo(reportsBefore);
    assertThat(jdbc.queryForObject("select version from task where id = ?", Long.class, task))
        .isEqualTo(versionBefore);

    // Exactly 4,000 characters is the column's size: accepted.
    mvc.perform(
            post("/tasks/" + task + "/progress")
                .param("progress", "30")
                .param("note", "y".repeat(4000))
                .with(csrf())
                .with(user(as("tuyengiao"))))
        .andExpect(status().is3xxRedirection());
    assertThat(
            jdbc.queryForObject(
                "select count(*) from progress_report where task_id = ?", Integer.class, task))
        .isEqualTo(reportsBefore + 1);
  }
}
