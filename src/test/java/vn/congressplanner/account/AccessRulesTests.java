package vn.congressplanner.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.congressplanner.support.IntegrationTest;

/**
 * Every route × role (and anonymous): the expected status, and a refused request changes nothing in
 * the database. Routes of other capabilities add their rows here.
 */
@IntegrationTest
class AccessRulesTests {

  enum Who {
    ANONYMOUS(null),
    STAFF("tuyengiao"),
    LEADER("lanhdao"),
    ADMIN("admin");

    final String username;

    Who(String username) {
      this.username = username;
    }
  }

  /** What a role may do with a route: every role, signed-in users, or admins only. */
  enum Allowed {
    ANYONE,
    SIGNED_IN,
    LEADER,
    ADMIN
  }

  record Route(HttpMethod method, String path, Allowed allowed, Map<String, String> params) {
    Route(HttpMethod method, String path, Allowed allowed) {
      this(method, path, allowed, Map.of());
    }
  }

  static final List<Route> ROUTES =
      List.of(
          new Route(HttpMethod.GET, "/login", Allowed.ANYONE),
          new Route(HttpMethod.GET, "/actuator/health", Allowed.ANYONE),
          new Route(HttpMethod.GET, "/", Allowed.SIGNED_IN),
          new Route(HttpMethod.GET, "/dashboard", Allowed.SIGNED_IN),
          new Route(HttpMethod.GET, "/account/password", Allowed.SIGNED_IN),
          new Route(
              HttpMethod.POST,
              "/account/password",
              Allowed.SIGNED_IN,
              Map.of("currentPassword", "sai", "newPassword", "x", "confirmPassword", "y")),
          new Route(HttpMethod.GET, "/admin/users", Allowed.ADMIN),
          new Route(HttpMethod.GET, "/admin/users/1", Allowed.ADMIN),
          new Route(
              HttpMethod.POST,
              "/admin/users",
              Allowed.ADMIN,
              Map.of("username", "", "fullName", "", "role", "STAFF", "clearance", "NORMAL")),
          new Route(
              HttpMethod.POST,
              "/admin/users/1",
              Allowed.ADMIN,
              Map.of("fullName", "", "role", "ADMIN", "clearance", "TOP_SECRET")),
          new Route(
              HttpMethod.POST,
              "/admin/users/1/reset-password",
              Allowed.ADMIN,
              Map.of("password", "short")),
          new Route(HttpMethod.GET, "/admin/departments", Allowed.ADMIN),
          new Route(HttpMethod.GET, "/admin/departments/1", Allowed.ADMIN),
          new Route(
              HttpMethod.POST,
              "/admin/departments",
              Allowed.ADMIN,
              Map.of("name", "", "code", "", "kind", "OTHER")),
          new Route(
              HttpMethod.POST,
              "/admin/departments/1",
              Allowed.ADMIN,
              Map.of("name", "", "code", "", "kind", "OTHER")),
          new Route(HttpMethod.GET, "/admin/congress", Allowed.ADMIN),
          new Route(
              HttpMethod.POST,
              "/admin/congress",
              Allowed.ADMIN,
              Map.of("name", "", "term", "", "openingDate", "2020-09-23")),
          new Route(HttpMethod.GET, "/admin/history", Allowed.ADMIN),
          // Plan reuse: a missing source, and a confirmed copy into the current congress, which
          // already has a plan, are refused for the admin too; nothing changes for anyone.
          new Route(HttpMethod.GET, "/admin/plan-copy", Allowed.ADMIN),
          new Route(HttpMethod.POST, "/admin/plan-copy", Allowed.ADMIN, Map.of("fromCongress", "")),
          new Route(
              HttpMethod.POST,
              "/admin/plan-copy",
              Allowed.ADMIN,
              Map.of(
                  "fromCongress", "{previousCongress}",
                  "toCongress", "{currentCongress}",
                  "confirm", "true")),
          // Making the current congress current again changes nothing.
          new Route(HttpMethod.POST, "/admin/congress/{currentCongress}/current", Allowed.ADMIN),
          new Route(
              HttpMethod.POST, "/admin/tasks/assign", Allowed.ADMIN, Map.of("leadDepartment", "")),
          new Route(HttpMethod.GET, "/tasks", Allowed.SIGNED_IN),
          new Route(
              HttpMethod.GET, "/tasks?q=tuyen+truyen&workstream=PROPAGANDA", Allowed.SIGNED_IN),
          new Route(HttpMethod.GET, "/tasks/new", Allowed.SIGNED_IN),
          new Route(HttpMethod.GET, "/tasks/{task}", Allowed.SIGNED_IN),
          new Route(HttpMethod.POST, "/tasks", Allowed.SIGNED_IN, Map.of("title", "")),
          // A task led by another department than the STAFF user's, which it does not cooperate
          // on either: only leaders and admins may edit it or report on it (then refused by the
          // rules: a blank title, a missing progress — nothing changes).
          new Route(HttpMethod.GET, "/tasks/{foreignTask}/edit", Allowed.LEADER),
          new Route(
              HttpMethod.POST,
              "/tasks/{foreignTask}",
              Allowed.LEADER,
              Map.of("title", "", "version", "0")),
          new Route(
              HttpMethod.POST,
              "/tasks/{foreignTask}/progress",
              Allowed.LEADER,
              Map.of("progress", "", "note", "")),
          new Route(HttpMethod.GET, "/tasks/export?format=csv", Allowed.SIGNED_IN),
          new Route(
              HttpMethod.GET, "/tasks/export?format=xlsx&workstream=SECURITY", Allowed.SIGNED_IN),
          new Route(HttpMethod.GET, "/api/v1/tasks", Allowed.SIGNED_IN),
          new Route(HttpMethod.GET, "/api/v1/tasks/{task}", Allowed.SIGNED_IN),
          new Route(HttpMethod.GET, "/api/v1/dashboard", Allowed.SIGNED_IN),
          new Route(HttpMethod.GET, "/api/v1/milestones", Allowed.SIGNED_IN),
          new Route(HttpMethod.GET, "/milestones", Allowed.SIGNED_IN),
          new Route(HttpMethod.GET, "/milestones/{milestone}", Allowed.SIGNED_IN),
          new Route(HttpMethod.GET, "/milestones/new", Allowed.LEADER),
          new Route(HttpMethod.GET, "/milestones/{milestone}/edit", Allowed.LEADER),
          new Route(HttpMethod.POST, "/milestones", Allowed.LEADER, Map.of("title", "")),
          // D8: a date change without a reason is refused for the roles allowed to edit.
          new Route(
              HttpMethod.POST,
              "/milestones/{milestone}",
              Allowed.LEADER,
              Map.of(
                  "title", "Kế hoạch tuyên truyền",
                  "kind", "PLAN",
                  "dueDate", "2019-07-29",
                  "responsibleDepartment", "1",
                  "version", "0")),
          // The STAFF user's department is responsible for this milestone, so every role may
          // submit; an over-long note is refused for all of them and nothing changes.
          new Route(
              HttpMethod.POST,
              "/milestones/{milestone}/submit",
              Allowed.SIGNED_IN,
              Map.of("note", "x".repeat(4001))),
          // An OPEN milestone cannot be approved or returned: allowed roles are refused by the
          // workflow (nothing changes), other roles by the access rule.
          new Route(HttpMethod.POST, "/milestones/{milestone}/approve", Allowed.LEADER, Map.of()),
          new Route(
              HttpMethod.POST,
              "/milestones/{milestone}/return",
              Allowed.LEADER,
              Map.of("comment", "Trả lại")));

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired DataSource dataSource;

  /** A demo task of normal confidentiality and the demo propaganda-plan milestone (OPEN). */
  private String resolve(String path) {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    if (path.contains("{task}")) {
      Long task =
          jdbc.queryForObject(
              "select min(id) from task where confidentiality = 'NORMAL'", Long.class);
      path = path.replace("{task}", String.valueOf(task));
    }
    if (path.contains("{foreignTask}")) {
      Long task =
          jdbc.queryForObject(
              "select min(t.id) from task t join department d on d.id = t.lead_department_id"
                  + " where t.confidentiality = 'NORMAL' and d.code <> 'TGTU' and not exists"
                  + " (select 1 from task_cooperating_department c join department cd"
                  + " on cd.id = c.department_id where c.task_id = t.id and cd.code = 'TGTU')",
              Long.class);
      path = path.replace("{foreignTask}", String.valueOf(task));
    }
    if (path.contains("{currentCongress}")) {
      Long id = jdbc.queryForObject("select id from congress where is_current", Long.class);
      path = path.replace("{currentCongress}", String.valueOf(id));
    }
    if (path.contains("{previousCongress}")) {
      Long id =
          jdbc.queryForObject(
              "select id from congress where not is_current order by opening_date desc limit 1",
              Long.class);
      path = path.replace("{previousCongress}", String.valueOf(id));
    }
    if (path.contains("{milestone}")) {
      Long milestone =
          jdbc.queryForObject(
              "select min(id) from milestone where status = 'OPEN' and due_date = '2019-07-30'",
              Long.class);
      path = path.replace("{milestone}", String.valueOf(milestone));
    }
    return path;
  }

  static Stream<Arguments> cases() {
    return ROUTES.stream()
        .flatMap(route -> Stream.of(Who.values()).map(who -> Arguments.of(route, who)));
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("cases")
  void routeAnswersAccordingToRole(Route route, Who who) throws Exception {
    String before = snapshot();
    MockHttpServletRequestBuilder request =
        (route.method() == HttpMethod.GET
                ? get(resolve(route.path()))
                : post(resolve(route.path())).with(csrf()))
            .accept(MediaType.TEXT_HTML);
    route.params().forEach((name, value) -> request.param(name, resolve(value)));
    if (who.username != null) {
      request.with(user(userDetails.loadUserByUsername(who.username)));
    }
    int status = mvc.perform(request).andReturn().getResponse().getStatus();

    boolean allowed =
        switch (route.allowed()) {
          case ANYONE -> true;
          case SIGNED_IN -> who != Who.ANONYMOUS;
          case LEADER -> who == Who.LEADER || who == Who.ADMIN;
          case ADMIN -> who == Who.ADMIN;
        };
    if (allowed) {
      assertThat(status).as("allowed").isNotIn(401, 403).isLessThan(500);
    } else if (who == Who.ANONYMOUS && route.path().startsWith("/api/")) {
      assertThat(status).as("the API asks for credentials").isEqualTo(401);
    } else if (who == Who.ANONYMOUS) {
      assertThat(status).as("anonymous is sent to the login page").isEqualTo(302);
    } else {
      assertThat(status).as("refused").isEqualTo(403);
    }
    if (!allowed || route.method() == HttpMethod.POST) {
      // Refused requests, and these deliberately invalid posts, change nothing.
      assertThat(snapshot()).isEqualTo(before);
    }
  }

  @ParameterizedTest(name = "POST without CSRF token as {0}")
  @MethodSource("roles")
  void postWithoutCsrfTokenIsRefused(Who who) throws Exception {
    String before = snapshot();
    MockHttpServletRequestBuilder request =
        post("/admin/departments")
            .param("name", "Không có CSRF")
            .param("code", "NOCSRF")
            .param("kind", "OTHER")
            .accept(MediaType.TEXT_HTML);
    if (who.username != null) {
      request.with(user(userDetails.loadUserByUsername(who.username)));
    }
    assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).isIn(302, 403);
    assertThat(snapshot()).isEqualTo(before);
  }

  static Stream<Who> roles() {
    return Stream.of(Who.values());
  }

  private String snapshot() {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    return jdbc.queryForList(
            "select (select count(*) from app_user) u, (select count(*) from department) d,"
                + " (select count(*) from history_entry) h, (select count(*) from task) t,"
                + " (select count(*) from milestone) m,"
                + " (select string_agg(name || opening_date || closing_date, ',') from congress) c,"
                + " (select string_agg(username || role || clearance || enabled || password_hash,"
                + " ',' order by id) from app_user) us,"
                + " (select string_agg(name || code || active, ',' order by id) from department) ds,"
                // Updates, not only inserts: every version and the fields a form changes.
                + " (select string_agg(id || ':' || version || ':' || status || ':' || progress"
                + " || ':' || deadline || ':' || lead_department_id || ':' || title, ','"
                + " order by id) from task) ts,"
                + " (select count(*) from progress_report) pr,"
                + " (select string_agg(id || ':' || version || ':' || status || ':' || due_date"
                + " || ':' || title, ',' order by id) from milestone) ms,"
                + " (select string_agg(id || ':' || version, ',' order by id) from congress) cv")
        .toString();
  }
}
