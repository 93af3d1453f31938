package vn.congressplanner.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congressplanner.support.IntegrationTest;

@IntegrationTest
class HistoryAdminTests {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired HistoryService history;
  @Autowired TransactionTemplate tx;

  Document page(String query) throws Exception {
    String html =
        mvc.perform(
                get("/admin/history?" + query).with(user(userDetails.loadUserByUsername("admin"))))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    return Jsoup.parse(html);
  }

  @Test
  void searchesTheLogAndPagesThroughItKeepingTheFilter() throws Exception {
    tx.executeWithoutResult(
        s -> {
          for (int i = 0; i < 12; i++) {
            history.record(
                "DEPARTMENT",
                900_000L,
                "kiemthu",
                new Changes().compare("name", "Tên cũ " + i, "Tên mới " + i),
                "lý do " + i);
          }
        });
    Document first = page("entityType=DEPARTMENT&entityId=900000&size=10");
    assertThat(first.select("[data-testid=history-table] tbody tr")).hasSize(10);
    assertThat(first.select("[data-testid=history-count]").text()).contains("12");
    String next = first.select(".pagination a.page-link").last().attr("href");
    assertThat(next).contains("entityType=DEPARTMENT").contains("page=1");

    Document second = page(next.substring(next.indexOf('?') + 1));
    assertThat(second.select("[data-testid=history-table] tbody tr")).hasSize(2);

    Document none = page("actor=khong-ai-ca");
    assertThat(none.select("[data-testid=history-table]")).isEmpty();
    assertThat(none.select(".empty-state")).hasSize(1);
  }
}
