package vn.congressplanner.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.congressplanner.account.internal.UserAccountRepository;
import vn.congressplanner.department.internal.DepartmentRepository;
import vn.congressplanner.support.IntegrationTest;

/** Login, lockout, temporary passwords and sessions, through the real filter chain. */
@IntegrationTest
class AccountFlowTests {

  static final String LONG_PASSPHRASE =
      "Đại hội đại biểu Đảng bộ tỉnh Yên Bái lần thứ XIX thành công tốt đẹp, "
          + "nhiệm kỳ hai nghìn hai mươi đến hai nghìn hai mươi lăm";

  @Autowired MockMvc mvc;
  @Autowired AccountService accounts;
  @Autowired UserAccountRepository users;
  @Autowired DepartmentRepository departments;
  @Autowired UserDetailsService userDetails;

  private String newUser(Role role, String password) {
    String username = "u" + UUID.randomUUID().toString().substring(0, 8);
    Long department = departments.findByCodeIgnoreCase("TGTU").orElseThrow().getId();
    accounts.create(
        username,
        new AccountService.UserChange(
            "Người Thử " + username, role, department, Clearance.NORMAL, true),
        password,
        Actor.system());
    return username;
  }

  private MvcResult login(String username, String password) throws Exception {
    return mvc.perform(
            post("/login").param("username", username).param("password", password).with(csrf()))
        .andReturn();
  }

  private Cookie sessionCookie(MvcResult result) {
    Cookie cookie = result.getResponse().getCookie("SESSION");
    assertThat(cookie).as("session cookie").isNotNull();
    return cookie;
  }

  @Test
  void temporaryPasswordMustBeChangedBeforeAnythingElse() throws Exception {
    String username = newUser(Role.STAFF, "TamThoi@12345");
    MvcResult login = login(username, "TamThoi@12345");
    assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/dashboard");
    Cookie session = sessionCookie(login);

    mvc.perform(get("/dashboard").cookie(session))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/account/password"));
    mvc.perform(get("/account/password").cookie(session)).andExpect(status().isOk());

    // A refused change (confirmation differs) changes nothing and keeps the user on the form.
    String hashBefore = users.findByUsernameIgnoreCase(username).orElseThrow().getPasswordHash();
    mvc.perform(
            post("/account/password")
                .cookie(session)
                .with(csrf())
                .param("currentPassword", "TamThoi@12345")
                .param("newPassword", LONG_PASSPHRASE)
                .param("confirmPassword", LONG_PASSPHRASE + "x"))
        .andExpect(status().isOk())
        .andExpect(
            model()
                .attributeHasFieldErrorCode(
                    "form", "confirmPassword", "password.confirm.mismatch"));
    assertThat(users.findByUsernameIgnoreCase(username).orElseThrow().getPasswordHash())
        .isEqualTo(hashBefore);

    MvcResult changed =
        mvc.perform(
                post("/account/password")
                    .cookie(session)
                    .with(csrf())
                    .param("currentPassword", "TamThoi@12345")
                    .param("newPassword", LONG_PASSPHRASE)
                    .param("confirmPassword", LONG_PASSPHRASE))
            .andExpect(redirectedUrl("/dashboard"))
            .andReturn();
    Cookie after =
        changed.getResponse().getCookie("SESSION") != null
            ? changed.getResponse().getCookie("SESSION")
            : session;
    mvc.perform(get("/dashboard").cookie(after)).andExpect(status().isOk());
    assertThat(users.findByUsernameIgnoreCase(username).orElseThrow().isMustChangePassword())
        .isFalse();
  }

  @Test
  void longVietnamesePassphraseWorksWithoutTruncation() throws Exception {
    assertThat(LONG_PASSPHRASE.codePointCount(0, LONG_PASSPHRASE.length())).isGreaterThan(64);
    assertThat(LONG_PASSPHRASE.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
    String username = newUser(Role.STAFF, LONG_PASSPHRASE);

    assertThat(login(username, LONG_PASSPHRASE).getResponse().getRedirectedUrl())
        .isEqualTo("/dashboard");
    // The same passphrase typed in decomposed form (some Windows keyboards) is the same password.
    String nfd = Normalizer.normalize(LONG_PASSPHRASE, Normalizer.Form.NFD);
    assertThat(login(username, nfd).getResponse().getRedirectedUrl()).isEqualTo("/dashboard");
    // Only the first 72 bytes would count with plain bcrypt: a different ending must fail.
    byte[] bytes = LONG_PASSPHRASE.getBytes(StandardCharsets.UTF_8);
    String first72 = new String(bytes, 0, 72, StandardCharsets.UTF_8).replace("\uFFFD", "");
    assertThat(login(username, first72 + " khác hẳn").getResponse().getRedirectedUrl())
        .isEqualTo("/login?error");
  }

  @Test
  void fiveFailedLoginsLockTheAccountWithTheSameMessageAsAnUnknownUser() throws Exception {
    String username = newUser(Role.STAFF, "DungRoi@2020");
    for (int i = 1; i <= 4; i++) {
      assertThat(login(username, "sai-" + i).getResponse().getRedirectedUrl())
          .isEqualTo("/login?error");
    }
    // After four failures the right password still works and resets the count.
    assertThat(login(username, "DungRoi@2020").getResponse().getRedirectedUrl())
        .isEqualTo("/dashboard");
    for (int i = 1; i <= 5; i++) {
      login(username, "sai-" + i);
    }
    // Locked for this client address (issue 11: per account and address, kept by LoginThrottle).
    UserAccount locked = users.findByUsernameIgnoreCase(username).orElseThrow();
    // Locked: the right password is refused, and the answer is the one an unknown user gets.
    assertThat(login(username, "DungRoi@2020").getResponse().getRedirectedUrl())
        .isEqualTo("/login?error");
    assertThat(login("khong-ton-tai-" + username, "x").getResponse().getRedirectedUrl())
        .isEqualTo("/login?error");
    String page =
        mvc.perform(get("/login").param("error", ""))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("tạm khóa").doesNotContain(username);

    // An administrator's password reset unlocks it.
    accounts.resetPassword(locked.getId(), "MoKhoa@2020x", Actor.system());
    assertThat(login(username, "MoKhoa@2020x").getResponse().getRedirectedUrl())
        .isEqualTo("/dashboard");
  }

  @Test
  void disablingAUserEndsTheirSessions() throws Exception {
    String username = newUser(Role.STAFF, "PhienLam@2020");
    UserAccount account = users.findByUsernameIgnoreCase(username).orElseThrow();
    account.changePassword(account.getPasswordHash(), false);
    users.save(account);
    Cookie session = sessionCookie(login(username, "PhienLam@2020"));
    mvc.perform(get("/dashboard").cookie(session)).andExpect(status().isOk());

    PlannerUserDetails admin = (PlannerUserDetails) userDetails.loadUserByUsername("admin");
    mvc.perform(
            post("/admin/users/" + account.getId())
                .with(user(admin))
                .with(csrf())
                .param("fullName", account.getFullName())
                .param("role", "STAFF")
                .param("department", account.getDepartment().getId().toString())
                .param("clearance", "NORMAL")
                .param("_enabled", "on"))
        .andExpect(redirectedUrl("/admin/users"));

    assertThat(users.findByUsernameIgnoreCase(username).orElseThrow().isEnabled()).isFalse();
    mvc.perform(get("/dashboard").cookie(session))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/login"));
    assertThat(login(username, "PhienLam@2020").getResponse().getRedirectedUrl())
        .isEqualTo("/login?error");
  }

  @Test
  void logoutEndsTheSessionOnTheServer() throws Exception {
    String username = newUser(Role.STAFF, "DangXuat@2020");
    UserAccount account = users.findByUsernameIgnoreCase(username).orElseThrow();
    account.changePassword(account.getPasswordHash(), false);
    users.save(account);
    Cookie session = sessionCookie(login(username, "DangXuat@2020"));
    mvc.perform(post("/logout").cookie(session).with(csrf()).accept(MediaType.TEXT_HTML))
        .andExpect(redirectedUrl("/login?logout"));
    mvc.perform(get("/dashboard").cookie(session)).andExpect(status().is3xxRedirection());
  }

  @Test
  void sessionIdChangesAtLogin() throws Exception {
    MvcResult anonymous = mvc.perform(get("/login")).andReturn();
    Cookie before = anonymous.getResponse().getCookie("SESSION");
    String username = newUser(Role.STAFF, "DoiPhien@2020");
    MvcResult result =
        mvc.perform(
                post("/login")
                    .cookie(before)
                    .param("username", username)
                    .param("password", "DoiPhien@2020")
                    .with(csrf()))
            .andReturn();
    assertThat(before).isNotNull();
    assertThat(sessionCookie(result).getValue()).isNotEqualTo(before.getValue());
  }
}
