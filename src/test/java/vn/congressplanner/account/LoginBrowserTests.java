package vn.congressplanner.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.congressplanner.support.BrowserTest;

class LoginBrowserTests extends BrowserTest {

  @Test
  void adminLogsInSeesNameAndAdminNavigationAndLogsOut() {
    login("admin", "Admin@2020");
    wait.until(ExpectedConditions.urlContains("/dashboard"));
    assertThat(waitFor(By.cssSelector("[data-testid=current-user]")).getText())
        .isEqualTo("Quản trị hệ thống");
    assertThat(browser.findElements(By.cssSelector("[data-nav=admin]"))).hasSize(1);
    logout();
    open("/dashboard");
    wait.until(ExpectedConditions.urlContains("/login"));
  }
}
