package vn.congressplanner.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.congressplanner.milestone.Milestone;
import vn.congressplanner.support.IntegrationTest;

/**
 * Every budget route × role: the expected status, and whether the budget tables (lines, history,
 * revisions, the milestone's status) changed. Each case works on its own estimate (Ban Tuyên giáo
 * responsible, one Ban Tuyên giáo line), so that an allowed change never leaks into another case.
 * STAFF is tuyengiao (Ban Tuyên giáo); OTHER is congan (Công an tỉnh), staff of another department.
 */
@IntegrationTest
class BudgetAccessTests {

  enum Who {
    ANONYMOUS(null),
    STAFF("tuyengiao"),
    OTHER("congan"),
    LEADER("lanhdao"),
    ADMIN("admin");

    final String username;

    Who(String username) {
      this.username = username;
    }
  }

  /**
   * A route and, per role, the expected status with a trailing {@code *} when the request changes
   * the estimate. {@code {m}} is the estimate, {@code {line}} its line, {@code {tgtu}} the id of
   * Ban Tuyên giáo; {@code state} the estimate's status before the request.
   */
  record Route(
      String method, String path, String state, Map<String, String> params, String expect) {

    Map<Who, String> expected() {
      Map<Who, String> m = new HashMap<>();
      String[] parts = expect.split(" ");
      for (int i = 0; i < Who.values().length; i++) {
        m.put(Who.values()[i], parts[i]);
      }
      return m;
    }

    @Override
    public String toString() {
      return method + " " + path + " (" + state + ")";
    }
  }

  static Map<String, String> p(String... kv) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  static final Map<String, String> LINE =
      p(
          "milestone", "{m}",
          "category", "PRINTING",
          "item", "Thẻ đại biểu",
          "unit", "thẻ",
          "quantity", "700",
          "unitPrice", "25000",
          "department", "{tgtu}");

  //                         ANONYMOUS STAFF OTHER LEADER ADMIN
  static final List<Route> ROUTES =
      List.of(
          new Route("GET", "/budget", "OPEN", p(), "302 200 200 200 200"),
          new Route("GET", "/budget?milestone={m}", "OPEN", p(), "302 200 200 200 200"),
          new Route("GET", "/budget?milestone={m}&edit={line}", "OPEN", p(), "302 200 200 200 200"),
          new Route("GET", "/budget/print?milestone={m}", "OPEN", p(), "302 200 200 200 200"),
          new Route(
              "GET", "/budget/revisions?milestone={m}", "SUBMITTED", p(), "302 200 200 200 200"),
          new Route(
              "GET", "/budget/revisions/1?milestone={m}", "SUBMITTED", p(), "302 200 200 200 200"),
          new Route(
              "GET", "/budget/revisions/2?milestone={m}", "SUBMITTED", p(), "302 404 404 404 404"),
          new Route("GET", "/budget/export?milestone={m}", "OPEN", p(), "302 200 200 200 200"),
          new Route("GET", "/api/v1/budget?milestone={m}", "OPEN", p(), "401 200 200 200 200"),
          new Route("GET", "/budget?milestone=999999", "OPEN", p(), "302 404 404 404 404"),
          // Add: staff for their own department; another department's staff get a field message.
          new Route("POST", "/budget/lines", "OPEN", LINE, "302 302* 200 302* 302*"),
          new Route("POST", "/budget/lines", "SUBMITTED", LINE, "302 200 200 200 200"),
          new Route("POST", "/budget/lines", "APPROVED", LINE, "302 200 200 200 200"),
          new Route(
              "POST", "/budget/lines/{line}", "OPEN", withVersion(LINE), "302 302* 403 302* 302*"),
          new Route(
              "POST",
              "/budget/lines/{line}",
              "RETURNED",
              withVersion(LINE),
              "302 302* 403 302* 302*"),
          new Route(
              "POST",
              "/budget/lines/{line}",
              "SUBMITTED",
              withVersion(LINE),
              "302 200 403 200 200"),
          new Route(
              "POST", "/budget/lines/{line}", "APPROVED", withVersion(LINE), "302 200 403 200 200"),
          new Route("POST", "/budget/lines/{line}/delete", "OPEN", p(), "302 302* 403 302* 302*"),
          new Route("POST", "/budget/lines/{line}/delete", "SUBMITTED", p(), "302 200 403 200 200"),
          new Route(
              "POST",
              "/budget/lines/{line}/actual",
              "OPEN",
              p("actualAmount", "100"),
              "302 200 403 200 200"),
          new Route(
              "POST",
              "/budget/lines/{line}/actual",
              "APPROVED",
              p("actualAmount", "100"),
              "302 302* 403 302* 302*"),
          new Route(
              "POST",
              "/budget/submit?milestone={m}",
              "OPEN",
              p("note", "Trình"),
              "302 302* 403 302* 302*"),
          new Route(
              "POST", "/budget/approve?milestone={m}", "SUBMITTED", p(), "302 403 403 302* 302*"),
          new Route(
              "POST",
              "/budget/return?milestone={m}",
              "SUBMITTED",
              p("comment", "Sửa"),
              "302 403 403 302* 302*"),
          // Wrong state: refused by the workflow for the roles allowed to act, nothing changes.
          new Route("POST", "/budget/approve?milestone={m}", "OPEN", p(), "302 403 403 302 302"),
          new Route(
              "POST", "/budget/return?milestone={m}", "SUBMITTED", p(), "302 403 403 200 200"));

  static Map<String, String> withVersion(Map<String, String> line) {
    Map<String, String> m = new HashMap<>(line);
    m.put("item", "Thẻ đại biểu (sửa)");
    m.put("version", "{version}");
    return m;
  }

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired ApplicationContext context;

  static Stream<Arguments> cases() {
    return ROUTES.stream()
        .flatMap(route -> Arrays.stream(Who.values()).map(who -> Arguments.of(route, who)));
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("cases")
  void budgetRouteAnswersAccordingToRole(Route route, Who who) throws Exception {
    BudgetFixtures data = BudgetFixtures.from(context);
    Milestone m = data.estimate();
    BudgetLine line =
        data.line(m.getId(), BudgetCategory.PRINTING, "Thẻ", "500", "25000", "TGTU", "tuyengiao");
    switch (route.state()) {
      case "SUBMITTED" -> data.submit(m.getId());
      case "APPROVED" -> {
        data.submit(m.getId());
        data.approve(m.getId());
      }
      case "RETURNED" -> {
        data.submit(m.getId());
        data.returnIt(m.getId());
      }
      default -> {}
    }
    Map<String, String> values =
        Map.of(
            "{m}", m.getId().toString(),
            "{line}", line.getId().toString(),
            "{tgtu}", data.department("TGTU").getId().toString(),
            "{version}", Long.toString(data.budget.line(line.getId()).getVersion()));
    Map<String, Object> before = data.snapshot(m.getId());
    long linesBefore = data.jdbc.queryForObject("select count(*) from budget_line", Long.class);

    String path = fill(route.path(), values);
    MockHttpServletRequestBuilder request =
        (route.method().equals("GET") ? get(path) : post(path).with(csrf()))
            .accept(path.startsWith("/api/") ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
    route.params().forEach((k, v) -> request.param(k, fill(v, values)));
    if (who.username != null) {
      request.with(user(userDetails.loadUserByUsername(who.username)));
    }
    var response = mvc.perform(request).andReturn().getResponse();

    String expected = route.expected().get(who);
    boolean changes = expected.endsWith("*");
    assertThat(response.getStatus())
        .as("status")
        .isEqualTo(Integer.parseInt(expected.replace("*", "")));
    if (who == Who.ANONYMOUS && response.getStatus() == 302) {
      assertThat(response.getRedirectedUrl()).endsWith("/login");
    }
    if (changes) {
      assertThat(data.snapshot(m.getId())).as("changed").isNotEqualTo(before);
    } else {
      assertThat(data.snapshot(m.getId())).as("nothing changed").isEqualTo(before);
      assertThat(data.jdbc.queryForObject("select count(*) from budget_line", Long.class))
          .isEqualTo(linesBefore);
    }
  }

  @Test
  void aPostWithoutCsrfTokenIsRefusedAndChangesNothing() throws Exception {
    BudgetFixtures data = BudgetFixtures.from(context);
    Milestone m = data.estimate();
    Map<String, Object> before = data.snapshot(m.getId());
    MockHttpServletRequestBuilder request =
        post("/budget/lines").with(user(userDetails.loadUserByUsername("admin")));
    LINE.forEach(
        (k, v) ->
            request.param(
                k,
                v.replace("{m}", m.getId().toString())
                    .replace("{tgtu}", data.department("TGTU").getId().toString())));
    assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).isEqualTo(403);
    assertThat(data.snapshot(m.getId())).isEqualTo(before);
  }

  static String fill(String s, Map<String, String> values) {
    for (var e : values.entrySet()) {
      s = s.replace(e.getKey(), e.getValue());
    }
    return s;
  }
}
