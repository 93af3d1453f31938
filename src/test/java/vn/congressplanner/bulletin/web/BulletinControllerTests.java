package vn.congressplanner.bulletin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import javax.sql.DataSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.congressplanner.support.IntegrationTest;

/**
 * The bulletin pages over HTTP on the demo data (today 15/07/2019): coverage added in place for an
 * htmx request and with a redirect without one, refusals shown next to their fields with what was
 * typed, and the pages' links and day picker.
 */
@IntegrationTest
class BulletinControllerTests {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired DataSource dataSource;

  long ownBulletin() {
    return new JdbcTemplate(dataSource)
        .queryForObject(
            "select min(b.id) from bulletin b join department d on d.id = b.department_id"
                + " where d.code = 'TGTU'",
            Long.class);
  }

  long coverageCount() {
    return new JdbcTemplate(dataSource)
        .queryForObject("select count(*) from coverage_item", Long.class);
  }

  MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.with(user(userDetails.loadUserByUsername("tuyengiao"))))
        .andReturn()
        .getResponse();
  }

  MockHttpServletRequestBuilder coverage(long bulletin, String url) {
    return post("/bulletins/" + bulletin + "/coverage")
        .with(csrf())
        .param("outlet", "Báo Yên Bái")
        .param("kind", "ONLINE")
        .param("title", "Tin kiểm thử giao diện")
        .param("url", url)
        .param("publishedOn", "2019-07-15");
  }

  @Test
  void anHtmxRequestGetsTheCoverageSectionBackAndAPlainOneARedirect() throws Exception {
    long id = ownBulletin();
    long before = coverageCount();

    MockHttpServletResponse htmx =
        perform(coverage(id, "https://baoyenbai.com.vn/kiem-thu").header("HX-Request", "true"));
    assertThat(htmx.getStatus()).isEqualTo(200);
    String fragment = htmx.getContentAsString();
    assertThat(fragment).doesNotContain("<html").contains("id=\"coverage\"");
    Document section = Jsoup.parse(fragment);
    assertThat(section.select("[data-testid=coverage-added]")).hasSize(1);
    Element link = section.selectFirst("a[href=https://baoyenbai.com.vn/kiem-thu]");
    assertThat(link).isNotNull();
    assertThat(link.attr("rel")).isEqualTo("noopener noreferrer");
    assertThat(coverageCount()).isEqualTo(before + 1);

    MockHttpServletResponse plain = perform(coverage(id, ""));
    assertThat(plain.getStatus()).isEqualTo(302);
    assertThat(plain.getRedirectedUrl()).isEqualTo("/bulletins/" + id + "#coverage");
    assertThat(coverageCount()).isEqualTo(before + 2);

    // Both go again, in place.
    Document page = Jsoup.parse(perform(get("/bulletins/" + id)).getContentAsString());
    for (Element item : page.select("li[data-coverage]")) {
      if (item.text().contains("Tin kiểm thử giao diện")) {
        String action = item.selectFirst("form").attr("action");
        MockHttpServletResponse deleted =
            perform(post(action).with(csrf()).header("HX-Request", "true"));
        assertThat(deleted.getStatus()).isEqualTo(200);
        assertThat(deleted.getContentAsString()).doesNotContain("<html");
      }
    }
    assertThat(coverageCount()).isEqualTo(before);
  }

  @Test
  void aJavascriptLinkIsRefusedNextToItsFieldKeepingWhatWasTyped() throws Exception {
    long id = ownBulletin();
    long before = coverageCount();
    for (boolean htmx : new boolean[] {true, false}) {
      MockHttpServletRequestBuilder request = coverage(id, "javascript:alert(document.cookie)");
      if (htmx) {
        request.header("HX-Request", "true");
      }
      MockHttpServletResponse response = perform(request);
      assertThat(response.getStatus()).isEqualTo(200);
      Document page = Jsoup.parse(response.getContentAsString());
      assertThat(page.select("[data-error-for=url]").text())
          .isEqualTo("Chỉ chấp nhận đường dẫn bắt đầu bằng http:// hoặc https://");
      assertThat(page.selectFirst("input[name=title]").attr("value"))
          .isEqualTo("Tin kiểm thử giao diện");
      assertThat(page.select("a[href^=javascript]")).isEmpty();
    }
    assertThat(coverageCount()).isEqualTo(before);
  }

  @Test
  void theListHasADayPickerOfTheCongressDaysAndSaysWhenPostingOpens() throws Exception {
    Document page = Jsoup.parse(perform(get("/bulletins")).getContentAsString());
    assertThat(page.select("[data-testid=day-picker] a[data-day]"))
        .extracting(e -> e.attr("data-day"))
        .containsExactly("2020-09-22", "2020-09-23", "2020-09-24");
    assertThat(page.select("section.bulletin-day"))
        .extracting(e -> e.attr("data-day"))
        .containsExactly("2020-09-24", "2020-09-23", "2020-09-22");
    assertThat(page.select("[data-testid=post-not-yet]").text()).contains("22/09/2020");
    assertThat(page.select("[data-metric=coverage.count]").first().text())
        .isEqualTo(String.valueOf(coverageCount()));

    Document oneDay = Jsoup.parse(perform(get("/bulletins?date=2020-09-23")).getContentAsString());
    assertThat(oneDay.select("section.bulletin-day")).hasSize(1);
    // In the order of the day (the database would sort the session names alphabetically).
    assertThat(
            oneDay.select("section.bulletin-day article h3").stream()
                .map(Element::text)
                .distinct()
                .toList())
        .containsExactly("Buổi sáng", "Buổi chiều", "Buổi tối");

    Document notADay = Jsoup.parse(perform(get("/bulletins?date=2020-09-25")).getContentAsString());
    assertThat(notADay.select("[data-testid=date-invalid]")).hasSize(1);
    assertThat(notADay.select("section.bulletin-day")).hasSize(3);
  }
}
