package vn.congressplanner.account;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congressplanner.account.internal.UserAccountRepository;
import vn.congressplanner.department.Department;
import vn.congressplanner.department.DepartmentKind;
import vn.congressplanner.department.DepartmentService;
import vn.congressplanner.system.PlannerProperties;
import vn.congressplanner.system.Texts;

/**
 * Outside the demo, no user exists until the first administrator is created here: from {@code
 * PLANNER_ADMIN_USERNAME} / {@code PLANNER_ADMIN_PASSWORD}, or else with a random one-time password
 * written to the log once (and to be changed at first login).
 */
@Component
@Order(100)
class InitialAdmin implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

  private final UserAccountRepository users;
  private final DepartmentService departments;
  private final PasswordEncoder passwords;
  private final PlannerProperties properties;
  private final Clock clock;

  InitialAdmin(
      UserAccountRepository users,
      DepartmentService departments,
      PasswordEncoder passwords,
      PlannerProperties properties,
      Clock clock) {
    this.users = users;
    this.departments = departments;
    this.passwords = passwords;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (users.count() > 0) {
      return;
    }
    String username = Texts.clean(properties.adminUsername());
    String password = properties.adminPassword();
    boolean generated = password == null || password.isBlank();
    if (username == null) {
      username = "admin";
    }
    if (generated) {
      password = AccountService.generateTemporaryPassword();
    }
    Department office =
        departments.all().stream()
            .findFirst()
            .orElseGet(
                () ->
                    departments.create(
                        new DepartmentService.Fields(
                            "Văn phòng Tiểu ban", "VPTB", DepartmentKind.OTHER, true),
                        Actor.system().username()));
    users.save(
        new UserAccount(
            username,
            "Quản trị hệ thống",
            passwords.encode(password),
            Role.ADMIN,
            office,
            Clearance.TOP_SECRET,
            generated,
            clock.instant()));
    if (generated) {
      log.warn(
          "First administrator created: username '{}', one-time password '{}'. It must be changed"
              + " at first login; this is the only time it is shown.",
          username,
          password);
    } else {
      log.info("First administrator '{}' created from configuration.", username);
    }
  }
}
