package vn.congressplanner.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.congressplanner.account.internal.UserAccountRepository;
import vn.congressplanner.department.internal.DepartmentRepository;
import vn.congressplanner.support.IntegrationTest;

/** Issue 11 §6 through the real filter chain: lockout per account and address, Basic on the API. */
@IntegrationTest
class LoginAbuseTests {

  @Autowired MockMvc mvc;
  @Autowired AccountService accounts;
  @Autowired UserAccountRepository users;
  @Autowired DepartmentRepository departments;

  private String newUser(String password) {
    String username = "k" + UUID.randomUUID().toString().substring(0, 8);
    accounts.createWithOwnPassword(
        username,
        new AccountService.UserChange(
            "Người Khóa Thử",
            Role.STAFF,
            departments.findByCodeIgnoreCase("TGTU").orElseThrow().getId(),
            Clearance.NORMAL,
            true),
        password,
        Actor.system());
    return username;
  }

  static RequestPostProcessor from(String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  @Test
  void fiveAnonymousBasicRequestsDoNotLockTheOwnerOut() throws Exception {
    String username = newUser("Chu-tai-khoan-2020");
    long versionBefore = users.findByUsernameIgnoreCase(username).orElseThrow().getVersion();
    for (int i = 1; i <= 5; i++) {
      mvc.perform(
              get("/api/v1/tasks")
                  .with(httpBasic(username, "doan-mo-" + i))
                  .with(from("203.0.113.66")))
          .andExpect(status().isUnauthorized());
    }
    // The attacker's own address is locked for this account, even with the right password…
    mvc.perform(
            get("/api/v1/tasks")
                .with(httpBasic(username, "Chu-tai-khoan-2020"))
                .with(from("203.0.113.66")))
        .andExpect(status().isUnauthorized());
    // …the owner at their desk is not: before issue 11 this answered /login?error for 15 minutes.
    mvc.perform(
            post("/login")
                .param("username", username)
                .param("password", "Chu-tai-khoan-2020")
                .with(csrf())
                .with(from("10.20.30.40")))
        .andExpect(redirectedUrl("/dashboard"));
    // Nothing about the account was written by the failures.
    assertThat(users.findByUsernameIgnoreCase(username).orElseThrow().getVersion())
        .isEqualTo(versionBefore);
  }

  @Test
  void fiveFailedFormLoginsLockThePairWithTheOrdinaryMessage() throws Exception {
    String username = newUser("Mat-khau-dung-2020");
    for (int i = 1; i <= 5; i++) {
      mvc.perform(
              post("/login")
                  .param("username", username)
                  .param("password", "sai-" + i)
                  .with(csrf())
                  .with(from("198.51.100.23")))
          .andExpect(redirectedUrl("/login?error"));
    }
    mvc.perform(
            post("/login")
                .param("username", username)
                .param("password", "Mat-khau-dung-2020")
                .with(csrf())
                .with(from("198.51.100.23")))
        .andExpect(redirectedUrl("/login?error"));
  }

  @Test
  void basicIsAcceptedOnTheApiOnly() throws Exception {
    mvc.perform(get("/api/v1/tasks").with(httpBasic("lanhdao", "Lanhdao@2020")))
        .andExpect(status().isOk());
    // On a page the credentials are ignored: the login form, as for anyone not signed in.
    mvc.perform(get("/dashboard").with(httpBasic("lanhdao", "Lanhdao@2020")))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/login"));
  }

  @Test
  void theThrottledLoginPageSaysWhyInVietnamese() throws Exception {
    String page =
        mvc.perform(get("/login").param("throttled", ""))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("quá nhiều lần đăng nhập sai");
  }
}
