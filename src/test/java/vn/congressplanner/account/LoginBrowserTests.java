package vn.congressplanner.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congressplanner.department.internal.DepartmentRepository;
import vn.congressplanner.support.BrowserTest;

class LoginBrowserTests extends BrowserTest {

  @Autowired AccountService accounts;
  @Autowired DepartmentRepository departments;

  @ParameterizedTest(name = "{0} logs in as {2}")
  @CsvSource({
    "admin, Admin@2020, Quản trị, Quản trị hệ thống, true",
    "lanhdao, Lanhdao@2020, Lãnh đạo, Nguyễn Văn Thành, false",
    "tuyengiao, Canbo@2020, Cán bộ Tiểu ban, Trần Thị Hương, false",
    "congan, Canbo@2020, Cán bộ Tiểu ban, Lê Đức Minh, false"
  })
  void demoUserLogsInSeesNameAndNavigationForTheRoleAndLogsOut(
      String username, String password, String role, String fullName, boolean admin) {
    login(username, password);
    wait.until(ExpectedConditions.urlContains("/dashboard"));
    assertThat(waitFor(By.cssSelector("[data-testid=current-user]")).getText()).isEqualTo(fullName);
    assertThat(browser.findElement(By.cssSelector("[data-testid=current-role]")).getText())
        .isEqualTo(role);
    assertThat(browser.findElements(By.cssSelector("[data-nav=tasks]"))).hasSize(1);
    assertThat(browser.findElements(By.cssSelector("[data-nav=admin]"))).hasSize(admin ? 1 : 0);
    logout();
    open("/dashboard");
    wait.until(ExpectedConditions.urlContains("/login"));
  }

  @Test
  void wrongPasswordShowsTheVietnameseMessage() {
    login("tuyengiao", "khong-dung");
    assertThat(waitFor(By.cssSelector("[data-testid=login-error]")).getText())
        .contains("không đúng");
  }

  @Test
  void temporaryPasswordIsChangedBeforeAnythingElse() {
    String username = "tam" + UUID.randomUUID().toString().substring(0, 6);
    accounts.create(
        username,
        new AccountService.UserChange(
            "Cán bộ Mới",
            Role.STAFF,
            departments.findByCodeIgnoreCase("TGTU").orElseThrow().getId(),
            Clearance.NORMAL,
            true),
        "TamThoi@2020",
        Actor.system());
    login(username, "TamThoi@2020");
    wait.until(ExpectedConditions.urlContains("/account/password"));
    waitFor(By.cssSelector("[data-testid=must-change]"));
    open("/tasks");
    wait.until(ExpectedConditions.urlContains("/account/password"));

    browser.findElement(By.id("currentPassword")).sendKeys("TamThoi@2020");
    browser.findElement(By.id("newPassword")).sendKeys("ngắn");
    browser.findElement(By.id("confirmPassword")).sendKeys("ngắn");
    browser.findElement(By.cssSelector("[data-testid=password-submit]")).click();
    assertThat(waitFor(By.cssSelector("[data-error-for=newPassword]")).getText())
        .contains("ít nhất 10 ký tự");

    String passphrase = "Mật khẩu mới của cán bộ Tiểu ban tuyên truyền năm 2019";
    browser.findElement(By.id("currentPassword")).sendKeys("TamThoi@2020");
    browser.findElement(By.id("newPassword")).clear();
    browser.findElement(By.id("newPassword")).sendKeys(passphrase);
    browser.findElement(By.id("confirmPassword")).clear();
    browser.findElement(By.id("confirmPassword")).sendKeys(passphrase);
    browser.findElement(By.cssSelector("[data-testid=password-submit]")).click();
    wait.until(ExpectedConditions.urlContains("/dashboard"));
    assertThat(waitFor(By.cssSelector("[data-testid=flash-success]")).getText())
        .contains("Đã đổi mật khẩu");
    logout();
    login(username, passphrase);
    wait.until(ExpectedConditions.urlContains("/dashboard"));
  }

  @Test
  void fiveWrongPasswordsLockTheAccount() {
    String username = "khoa" + UUID.randomUUID().toString().substring(0, 6);
    accounts.create(
        username,
        new AccountService.UserChange(
            "Cán bộ Khóa",
            Role.STAFF,
            departments.findByCodeIgnoreCase("CAT").orElseThrow().getId(),
            Clearance.NORMAL,
            true),
        "DungMatKhau@1",
        Actor.system());
    for (int i = 0; i < 5; i++) {
      login(username, "sai-mat-khau-" + i);
      waitFor(By.cssSelector("[data-testid=login-error]"));
    }
    login(username, "DungMatKhau@1");
    assertThat(waitFor(By.cssSelector("[data-testid=login-error]")).getText()).contains("tạm khóa");
    assertThat(browser.getCurrentUrl()).contains("/login?error");
  }
}
