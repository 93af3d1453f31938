package vn.congressplanner.bulletin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.congressplanner.account.PlannerUserDetails;
import vn.congressplanner.bulletin.BulletinService;
import vn.congressplanner.bulletin.CoverageKind;
import vn.congressplanner.support.IntegrationTest;

/**
 * The bulletin and report routes × every role (and anonymous), on the demo data with today pinned
 * to 15/07/2019 (before the congress): the expected status, and a refused request changes nothing
 * in the database. Posts by allowed roles are refused by D12 (the congress days have not come yet),
 * so they too change nothing, except deleting a coverage item, which is made for each case.
 */
@IntegrationTest
class BulletinAccessTests {

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

  /** Who may: every signed-in user, or the bulletin's own department and the leaders. */
  enum Allowed {
    SIGNED_IN,
    OWN_DEPARTMENT_OR_LEADER
  }

  record Route(HttpMethod method, String path, Allowed allowed, Map<String, String> params) {
    Route(HttpMethod method, String path, Allowed allowed) {
      this(method, path, allowed, Map.of());
    }

    boolean changes() {
      return path.endsWith("/delete");
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  static final Map<String, String> BULLETIN =
      Map.of("date", "2020-09-23", "session", "MORNING", "content", "Nội dung", "version", "0");
  static final Map<String, String> COVERAGE =
      Map.of(
          "outlet", "Báo Yên Bái",
          "kind", "PRINT",
          "title", "Tin",
          "url", "https://baoyenbai.com.vn/",
          "publishedOn", "2020-09-23");

  static final List<Route> ROUTES =
      List.of(
          new Route(HttpMethod.GET, "/bulletins", Allowed.SIGNED_IN),
          new Route(HttpMethod.GET, "/bulletins?date=2020-09-23", Allowed.SIGNED_IN),
          new Route(HttpMethod.GET, "/bulletins?date=2020-02-30", Allowed.SIGNED_IN),
          new Route(HttpMethod.GET, "/bulletins/{own}", Allowed.SIGNED_IN),
          new Route(HttpMethod.GET, "/bulletins/{other}", Allowed.SIGNED_IN),
          new Route(HttpMethod.POST, "/bulletins", Allowed.SIGNED_IN, BULLETIN),
          new Route(HttpMethod.POST, "/bulletins/{own}", Allowed.SIGNED_IN, BULLETIN),
          new Route(
              HttpMethod.POST, "/bulletins/{other}", Allowed.OWN_DEPARTMENT_OR_LEADER, BULLETIN),
          new Route(HttpMethod.POST, "/bulletins/{own}/coverage", Allowed.SIGNED_IN, COVERAGE),
          new Route(
              HttpMethod.POST,
              "/bulletins/{other}/coverage",
              Allowed.OWN_DEPARTMENT_OR_LEADER,
              COVERAGE),
          new Route(
              HttpMethod.POST,
              "/bulletins/{other}/coverage",
              Allowed.OWN_DEPARTMENT_OR_LEADER,
              Map.of("outlet", "X", "kind", "ONLINE", "title", "X", "url", "javascript:alert(1)")),
          new Route(
              HttpMethod.POST,
              "/bulletins/{other}/coverage/{otherItem}/delete",
              Allowed.OWN_DEPARTMENT_OR_LEADER),
          new Route(HttpMethod.GET, "/reports/quick", Allowed.SIGNED_IN),
          new Route(HttpMethod.GET, "/reports/quick?asOf=2020-09-30", Allowed.SIGNED_IN),
          new Route(HttpMethod.GET, "/reports/quick?asOf=not-a-date", Allowed.SIGNED_IN),
          new Route(HttpMethod.GET, "/reports/quick.pdf?asOf=2020-09-30", Allowed.SIGNED_IN));

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired DataSource dataSource;
  @Autowired BulletinService bulletins;

  /** The bulletin and coverage item made for a delete case, removed again when refused. */
  private long[] made;

  /**
   * {own}: a demo bulletin of Ban Tuyên giáo (the STAFF user's department); {other}: one of Văn
   * phòng Tỉnh ủy; {otherItem}: a coverage item made on it for this case.
   */
  private String resolve(String path) {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    String byDepartment =
        "select min(b.id) from bulletin b join department d on d.id = b.department_id"
            + " where d.code = ?";
    Long own = jdbc.queryForObject(byDepartment, Long.class, "TGTU");
    Long other = jdbc.queryForObject(byDepartment, Long.class, "VPTU");
    if (path.contains("{otherItem}")) {
      var leader = ((PlannerUserDetails) userDetails.loadUserByUsername("lanhdao")).getActor();
      long item =
          bulletins
              .recordHistoricalCoverage(
                  other,
                  new BulletinService.CoverageFields(
                      "Báo Nhân Dân",
                      CoverageKind.PRINT,
                      "Mục để xóa",
                      null,
                      LocalDate.of(2020, 9, 24)),
                  leader)
              .getId();
      made = new long[] {other, item};
      path = path.replace("{otherItem}", String.valueOf(item));
    }
    return path.replace("{own}", String.valueOf(own)).replace("{other}", String.valueOf(other));
  }

  static Stream<Arguments> cases() {
    return ROUTES.stream()
        .flatMap(route -> Stream.of(Who.values()).map(who -> Arguments.of(route, who)));
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("cases")
  void routeAnswersAccordingToRole(Route route, Who who) throws Exception {
    String path = resolve(route.path());
    String before = snapshot();
    MockHttpServletRequestBuilder request =
        (route.method() == HttpMethod.GET ? get(path) : post(path).with(csrf()))
            .accept(MediaType.TEXT_HTML);
    route.params().forEach(request::param);
    if (who.username != null) {
      request.with(user(userDetails.loadUserByUsername(who.username)));
    }
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    int status = response.getStatus();

    boolean allowed =
        switch (route.allowed()) {
          case SIGNED_IN -> who != Who.ANONYMOUS;
          case OWN_DEPARTMENT_OR_LEADER -> who == Who.LEADER || who == Who.ADMIN;
        };
    if (allowed) {
      assertThat(status).as("allowed").isNotIn(401, 403).isLessThan(500);
    } else if (who == Who.ANONYMOUS) {
      assertThat(status).as("anonymous is sent to the login page").isEqualTo(302);
      assertThat(response.getRedirectedUrl()).endsWith("/login");
    } else {
      assertThat(status).as("refused").isEqualTo(403);
    }
    if (!allowed || !route.changes()) {
      assertThat(snapshot()).as("nothing changed").isEqualTo(before);
    } else {
      assertThat(snapshot()).as("the item is gone").isNotEqualTo(before);
    }
    if (made != null && !allowed) {
      var leader = ((PlannerUserDetails) userDetails.loadUserByUsername("lanhdao")).getActor();
      bulletins.deleteCoverage(made[0], made[1], leader);
    }
    if (allowed && route.path().startsWith("/reports/quick.pdf")) {
      assertThat(response.getContentType()).isEqualTo("application/pdf");
    }
  }

  @ParameterizedTest(name = "POST without CSRF token as {0}")
  @MethodSource("roles")
  void postWithoutCsrfTokenIsRefused(Who who) throws Exception {
    String before = snapshot();
    MockHttpServletRequestBuilder request = post("/bulletins").accept(MediaType.TEXT_HTML);
    BULLETIN.forEach(request::param);
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
    return new JdbcTemplate(dataSource)
        .queryForList(
            "select (select count(*) from bulletin) b, (select count(*) from coverage_item) c,"
                + " (select count(*) from history_entry) h,"
                + " (select string_agg(bulletin_date || session || content || version"
                + " || updated_at, ',' order by id) from bulletin) bs,"
                + " (select string_agg(outlet || title || coalesce(url, ''), ',' order by id)"
                + " from coverage_item) cs")
        .toString();
  }
}
