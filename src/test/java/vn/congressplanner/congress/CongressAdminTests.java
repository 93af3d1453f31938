package vn.congressplanner.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.congressplanner.support.IntegrationTest;

@IntegrationTest
class CongressAdminTests {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired CongressService congresses;

  @Test
  void closingBeforeOpeningIsRefusedNextToTheFieldAndChangesNothing() throws Exception {
    Congress before = congresses.current();
    String html =
        mvc.perform(
                post("/admin/congress")
                    .with(user(userDetails.loadUserByUsername("admin")))
                    .with(csrf())
                    .param("name", "Tên mới không được lưu")
                    .param("term", before.getTerm())
                    .param("venue", before.getVenue())
                    .param("openingDate", "2020-09-23")
                    .param("closingDate", "2020-09-22"))
            .andExpect(status().isOk())
            .andExpect(
                model()
                    .attributeHasFieldErrorCode(
                        "form", "closingDate", "congress.closingBeforeOpening"))
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    // What the user typed is kept in the form.
    assertThat(org.jsoup.Jsoup.parse(html).getElementById("name").val())
        .isEqualTo("Tên mới không được lưu");
    Congress after = congresses.current();
    assertThat(after.getName()).isEqualTo(before.getName());
    assertThat(after.getClosingDate()).isEqualTo(before.getClosingDate());
    assertThat(after.getVersion()).isEqualTo(before.getVersion());
  }

  @Test
  void invalidDateIsAFieldErrorNotACrash() throws Exception {
    mvc.perform(
            post("/admin/congress")
                .with(user(userDetails.loadUserByUsername("admin")))
                .with(csrf())
                .param("name", "X")
                .param("term", "2020–2025")
                .param("openingDate", "2020-02-31")
                .param("closingDate", "2020-09-24"))
        .andExpect(status().isOk())
        .andExpect(model().attributeHasFieldErrorCode("form", "openingDate", "typeMismatch"));
  }
}
