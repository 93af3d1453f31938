package vn.congressplanner.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import vn.congressplanner.account.internal.UserAccountRepository;
import vn.congressplanner.support.PostgresInitializer;
import vn.congressplanner.support.RequiresPostgres;

/** Outside the demo profile, the only user is the administrator from configuration. */
@ExtendWith(RequiresPostgres.class)
@SpringBootTest(
    properties = {
      "planner.test.database=initialadmin",
      "planner.admin-username=quantri",
      "planner.admin-password=Cau-hinh@2020"
    })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ContextConfiguration(initializers = PostgresInitializer.class)
class InitialAdminTests {

  @Autowired UserAccountRepository users;
  @Autowired MockMvc mvc;

  @Test
  void createsTheConfiguredAdministratorAndNoDemoUsers() throws Exception {
    assertThat(users.count()).isEqualTo(1);
    UserAccount admin = users.findByUsernameIgnoreCase("quantri").orElseThrow();
    assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
    assertThat(admin.getClearance()).isEqualTo(Clearance.TOP_SECRET);
    assertThat(admin.isMustChangePassword()).isFalse();
    assertThat(users.existsByUsernameIgnoreCase("admin")).isFalse();
    String target =
        mvc.perform(
                post("/login")
                    .param("username", "quantri")
                    .param("password", "Cau-hinh@2020")
                    .with(csrf()))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(target).isEqualTo("/dashboard");
  }

  @Test
  void generatedPasswordsAreRandomAndLongEnough() {
    String a = AccountService.generateTemporaryPassword();
    String b = AccountService.generateTemporaryPassword();
    assertThat(a).hasSize(14).isNotEqualTo(b);
  }
}
