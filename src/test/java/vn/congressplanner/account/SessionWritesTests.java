package vn.congressplanner.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.congressplanner.support.IntegrationTest;

/**
 * A GET that changes nothing does not write the session back (issue 12): its last-access time is
 * recorded at most once a minute, while a change (a new session id at login) is saved at once.
 */
@IntegrationTest
class SessionWritesTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  @Test
  void readingPagesLeavesTheStoredSessionAlone() throws Exception {
    Cookie session =
        mvc.perform(
                post("/login")
                    .param("username", "lanhdao")
                    .param("password", "Lanhdao@2020")
                    .with(csrf()))
            .andReturn()
            .getResponse()
            .getCookie("SESSION");
    assertThat(session).isNotNull();
    String id = new String(Base64.getDecoder().decode(session.getValue()));
    // The first page stores what a new session needs (its CSRF token).
    mvc.perform(get("/dashboard").cookie(session));
    Long before = lastAccess(id);
    String attributesBefore = attributes(id);

    for (int i = 0; i < 3; i++) {
      assertThat(mvc.perform(get("/tasks").cookie(session)).andReturn().getResponse().getStatus())
          .isEqualTo(200);
    }

    assertThat(lastAccess(id)).isEqualTo(before);
    assertThat(attributes(id)).isEqualTo(attributesBefore);
  }

  private Long lastAccess(String sessionId) {
    return jdbc.queryForObject(
        "select last_access_time from spring_session where session_id = ?", Long.class, sessionId);
  }

  private String attributes(String sessionId) {
    return String.valueOf(
        jdbc.queryForList(
            "select a.attribute_name from spring_session_attributes a join spring_session s"
                + " on s.primary_id = a.session_primary_id where s.session_id = ?"
                + " order by a.attribute_name",
            String.class,
            sessionId));
  }
}
