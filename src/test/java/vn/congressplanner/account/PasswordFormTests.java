package vn.congressplanner.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.congressplanner.account.internal.UserAccountRepository;
import vn.congressplanner.department.internal.DepartmentRepository;
import vn.congressplanner.support.IntegrationTest;

/** Issue 11 §7 on the pages: each refusal next to its field, nothing changed. */
@IntegrationTest
class PasswordFormTests {

  @Autowired MockMvc mvc;
  @Autowired AccountService accounts;
  @Autowired UserAccountRepository users;
  @Autowired DepartmentRepository departments;
  @Autowired UserDetailsService userDetails;

  @Test
  void obviousPasswordsAreRefusedNextToTheField() throws Exception {
    String username = "p" + UUID.randomUUID().toString().substring(0, 8);
    accounts.createWithOwnPassword(
        username,
        new AccountService.UserChange(
            "Trần Thị Bình",
            Role.STAFF,
            departments.findByCodeIgnoreCase("TGTU").orElseThrow().getId(),
            Clearance.NORMAL,
            true),
        "Hien-tai-2020-ok",
        Actor.system());
    PlannerUserDetails me = (PlannerUserDetails) userDetails.loadUserByUsername(username);
    String hashBefore = users.findByUsernameIgnoreCase(username).orElseThrow().getPasswordHash();

    for (String[] attempt :
        new String[][] {
          {"aaaaaaaaaaaa", "password.tooSimple", "lặp lại"},
          {"password123", "password.tooCommon", "phổ biến"},
          {username + "-2020", "password.containsName", "tên đăng nhập"},
          {"tranthibinh!!", "password.containsName", "họ tên"}
        }) {
      String page =
          mvc.perform(
                  post("/account/password")
                      .with(user(me))
                      .with(csrf())
                      .param("currentPassword", "Hien-tai-2020-ok")
                      .param("newPassword", attempt[0])
                      .param("confirmPassword", attempt[0]))
              .andExpect(status().isOk())
              .andExpect(model().attributeHasFieldErrorCode("form", "newPassword", attempt[1]))
              .andReturn()
              .getResponse()
              .getContentAsString(StandardCharsets.UTF_8);
      assertThat(page).contains(attempt[2]);
    }
    assertThat(users.findByUsernameIgnoreCase(username).orElseThrow().getPasswordHash())
        .isEqualTo(hashBefore);
  }
}
