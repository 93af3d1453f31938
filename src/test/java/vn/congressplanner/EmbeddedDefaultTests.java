package vn.congressplanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The path {@code ./mvnw spring-boot:run} takes on a fresh laptop: the embedded H2 default (here in
 * memory instead of under ./data), Flyway's H2 migrations, the demo plan loaded through the
 * services, a demo user logging in and reading the dashboard. Needs no PostgreSQL and no browser.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:embedded-default;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "spring.datasource.username=sa",
      "spring.datasource.password="
    })
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class EmbeddedDefaultTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theDemoPlanIsLoadedThroughTheServicesWithItsHistory() {
    String current = " where congress_id = (select id from congress where is_current)";
    assertThat(jdbc.queryForObject("select count(*) from task" + current, Long.class))
        .isEqualTo(37);
    assertThat(jdbc.queryForObject("select count(*) from milestone" + current, Long.class))
        .isEqualTo(3);
    // The previous term (XVIII, 2015) with the same plan finished, for plan reuse.
    String previous = " where congress_id = (select id from congress where not is_current)";
    assertThat(jdbc.queryForObject("select count(*) from task" + previous, Long.class))
        .isEqualTo(37);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from task" + previous + " and status not in ('DONE', 'CANCELLED')",
                Long.class))
        .isZero();
    assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class)).isEqualTo(4);
    // Entered as users enter them: every task has its "created" line in the change log.
    assertThat(
            jdbc.queryForObject(
                "select count(distinct entity_id) from history_entry where entity_type = 'TASK'",
                Long.class))
        .isEqualTo(2 * 37);
    // The events of those changes went through the publication registry.
    assertThat(jdbc.queryForObject("select count(*) from event_publication", Long.class))
        .isPositive();
  }

  @Test
  void aDemoLeaderLogsInAndReadsTheDashboard() throws Exception {
    mvc.perform(get("/login")).andExpect(status().isOk());
    MvcResult login =
        mvc.perform(
                post("/login")
                    .param("username", "lanhdao")
                    .param("password", "Lanhdao@2020")
                    .with(csrf()))
            .andExpect(redirectedUrl("/dashboard"))
            .andReturn();
    // Spring Session keeps the session in the database and names it by the SESSION cookie.
    Cookie session = login.getResponse().getCookie("SESSION");
    assertThat(session).isNotNull();
    mvc.perform(get("/dashboard").cookie(session))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("data-metric=\"OVERDUE\"")));
    mvc.perform(get("/tasks").param("q", "tuyen truyen").cookie(session))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("data-testid=\"task-count\"")));
  }
}
