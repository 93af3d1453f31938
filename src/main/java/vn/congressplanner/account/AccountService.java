package vn.congressplanner.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congressplanner.account.internal.UserAccountRepository;
import vn.congressplanner.department.Department;
import vn.congressplanner.department.DepartmentService;
import vn.congressplanner.history.Changes;
import vn.congressplanner.history.HistoryService;
import vn.congressplanner.system.ConflictException;
import vn.congressplanner.system.NotFoundException;
import vn.congressplanner.system.RuleViolation;
import vn.congressplanner.system.RuleViolationException;
import vn.congressplanner.system.Texts;

/** Users: creation with a temporary password, changes by administrators, own password changes. */
@Service
@Transactional(readOnly = true)
public class AccountService {

  public static final String HISTORY_TYPE = "USER";
  static final int MIN_PASSWORD = 10;

  /** Generous for passphrases; bounded so that hashing cannot be abused. */
  static final int MAX_PASSWORD = 256;

  private static final String TEMP_ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final UserAccountRepository users;
  private final DepartmentService departments;
  private final PasswordEncoder passwords;
  private final HistoryService history;
  private final Clock clock;
  private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;
  private final LoginThrottle throttle;

  AccountService(
      UserAccountRepository users,
      DepartmentService departments,
      PasswordEncoder passwords,
      HistoryService history,
      Clock clock,
      ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions,
      LoginThrottle throttle) {
    this.users = users;
    this.departments = departments;
    this.passwords = passwords;
    this.history = history;
    this.clock = clock;
    this.sessions = sessions;
    this.throttle = throttle;
  }

  public List<UserAccount> all() {
    return users.findAllByOrderByUsernameAsc();
  }

  /** Full names by username, in one query; unknown usernames are left out. */
  public Map<String, String> fullNames(Collection<String> usernames) {
    if (usernames == null || usernames.isEmpty()) {
      return Map.of();
    }
    Map<String, String> names = new HashMap<>();
    users.findByUsernameIn(usernames).forEach(u -> names.put(u.getUsername(), u.getFullName()));
    return names;
  }

  public boolean exists(String username) {
    return users.existsByUsernameIgnoreCase(username);
  }

  /** Whether any user exists (the first administrator is created only when none does). */
  public boolean anyUser() {
    return users.count() > 0;
  }

  public UserAccount get(long id) {
    return users.findWithDepartmentById(id).orElseThrow(() -> new NotFoundException("user", id));
  }

  /** What an administrator sets on a user. */
  public record UserChange(
      String fullName, Role role, Long departmentId, Clearance clearance, boolean enabled) {}

  /**
   * Creates a user with a temporary password (generated when blank) that must be changed at first
   * login.
   *
   * @return the temporary password, to show the administrator once
   */
  @Transactional
  public String create(String username, UserChange change, String password, Actor actor) {
    return create(username, change, password, true, actor);
  }

  /**
   * Creates a user whose password is already their own (no change forced at first login): the
   * demo's users, whose passwords the README publishes. Same rules and history as {@link #create}.
   */
  @Transactional
  public Actor createWithOwnPassword(
      String username, UserChange change, String password, Actor actor) {
    create(username, change, password, false, actor);
    return users.findByUsernameIgnoreCase(username).orElseThrow().toActor();
  }

  private String create(
      String username, UserChange change, String password, boolean temporaryPassword, Actor actor) {
    String name = Texts.clean(username);
    List<RuleViolation> violations = new ArrayList<>();
    if (name == null || !name.matches("[A-Za-z0-9._-]{3,60}")) {
      violations.add(new RuleViolation("username", "user.username.invalid"));
    } else if (users.existsByUsernameIgnoreCase(name)) {
      violations.add(new RuleViolation("username", "user.username.taken"));
    }
    String temporary = password == null ? generateTemporaryPassword(name) : password;
    // The demo's users keep the passwords the README publishes (they contain the usernames).
    checkStrength(
        "password",
        temporary,
        temporaryPassword ? name : null,
        temporaryPassword ? change.fullName() : null,
        violations);
    Department department = activeDepartment(change.departmentId(), violations);
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    UserAccount user =
        users.save(
            new UserAccount(
                name,
                Texts.clean(change.fullName()),
                passwords.encode(temporary),
                change.role(),
                department,
                change.clearance(),
                temporaryPassword,
                clock.instant()));
    user.setEnabled(change.enabled());
    history.record(
        HISTORY_TYPE,
        user.getId(),
        actor.username(),
        new Changes()
            .event("created", name)
            .compare("role", null, change.role())
            .compare("department", null, department.getName())
            .compare("clearance", null, change.clearance()),
        null);
    return temporary;
  }

  /**
   * Changes name, role, department, clearance or enabled; ends the user's sessions if needed.
   * Refused when {@code expectedVersion} (from the form; {@code null} = not checked) is stale.
   */
  @Transactional
  public void update(long id, UserChange change, Long expectedVersion, Actor actor) {
    UserAccount user = get(id);
    if (expectedVersion != null) {
      ConflictException.check("user", id, expectedVersion, user.getVersion());
    }
    List<RuleViolation> violations = new ArrayList<>();
    Department department =
        user.getDepartment().getId().equals(change.departmentId())
            ? user.getDepartment()
            : activeDepartment(change.departmentId(), violations);
    if (user.getId().equals(actor.userId())
        && (change.role() != user.getRole() || !change.enabled())) {
      violations.add(new RuleViolation("role", "user.cannotDemoteSelf"));
    }
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    Changes changes =
        new Changes()
            .compare("fullName", user.getFullName(), Texts.clean(change.fullName()))
            .compare("role", user.getRole(), change.role())
            .compare("department", user.getDepartment().getName(), department.getName())
            .compare("clearance", user.getClearance(), change.clearance())
            .compare("enabled", user.isEnabled(), change.enabled());
    boolean accessChanged =
        user.getRole() != change.role()
            || !user.getDepartment().getId().equals(department.getId())
            || user.getClearance() != change.clearance()
            || user.isEnabled() != change.enabled();
    user.setFullName(Texts.clean(change.fullName()));
    user.setRole(change.role());
    user.setDepartment(department);
    user.setClearance(change.clearance());
    user.setEnabled(change.enabled());
    history.record(HISTORY_TYPE, user.getId(), actor.username(), changes, null);
    if (accessChanged) {
      // A disabled user is signed out everywhere; changed rights take effect at the next login.
      endSessions(user.getUsername());
    }
  }

  /**
   * Sets a new temporary password (generated when blank), unlocks the account and ends its
   * sessions.
   *
   * @return the temporary password, to show the administrator once
   */
  @Transactional
  public String resetPassword(long id, String password, Actor actor) {
    UserAccount user = get(id);
    String temporary = password == null ? generateTemporaryPassword(user.getUsername()) : password;
    List<RuleViolation> violations = new ArrayList<>();
    checkStrength("password", temporary, user.getUsername(), user.getFullName(), violations);
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    user.changePassword(passwords.encode(temporary), true);
    user.recordSuccessfulLogin();
    throttle.forget(user.getUsername());
    history.record(
        HISTORY_TYPE,
        user.getId(),
        actor.username(),
        new Changes().event("password", "reset"),
        null);
    endSessions(user.getUsername());
    return temporary;
  }

  /**
   * The signed-in user changes their own password.
   *
   * @return the new hash, for refreshing the signed-in principal
   */
  @Transactional
  public String changeOwnPassword(
      Actor actor, String currentPassword, String newPassword, String confirmPassword) {
    UserAccount user = get(actor.userId());
    List<RuleViolation> violations = new ArrayList<>();
    if (currentPassword == null || !passwords.matches(currentPassword, user.getPasswordHash())) {
      violations.add(new RuleViolation("currentPassword", "password.current.wrong"));
    }
    checkStrength("newPassword", newPassword, user.getUsername(), user.getFullName(), violations);
    if (newPassword != null && !newPassword.equals(confirmPassword)) {
      violations.add(new RuleViolation("confirmPassword", "password.confirm.mismatch"));
    }
    if (violations.isEmpty() && passwords.matches(newPassword, user.getPasswordHash())) {
      violations.add(new RuleViolation("newPassword", "password.new.sameAsOld"));
    }
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    user.changePassword(passwords.encode(newPassword), false);
    history.record(
        HISTORY_TYPE,
        user.getId(),
        actor.username(),
        new Changes().event("password", "changed"),
        null);
    return user.getPasswordHash();
  }

  private static void checkStrength(
      String field, String password, String username, String fullName, List<RuleViolation> out) {
    PasswordPolicy.check(field, password, username, fullName, out);
  }

  private Department activeDepartment(Long id, List<RuleViolation> violations) {
    if (id == null) {
      violations.add(new RuleViolation("department", "user.department.required"));
      return null;
    }
    Department department = departments.get(id);
    if (!department.isActive()) {
      violations.add(new RuleViolation("department", "user.department.inactive"));
    }
    return department;
  }

  void endSessions(String username) {
    FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
    if (repository != null) {
      repository.findByPrincipalName(username).keySet().forEach(repository::deleteById);
    }
  }

  /** A random temporary password that does not happen to contain the username. */
  static String generateTemporaryPassword(String username) {
    String password = generateTemporaryPassword();
    while (PasswordPolicy.containsName(password, username, null)) {
      password = generateTemporaryPassword();
    }
    return password;
  }

  static String generateTemporaryPassword() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 14; i++) {
      sb.append(TEMP_ALPHABET.charAt(RANDOM.nextInt(TEMP_ALPHABET.length())));
    }
    return sb.toString();
  }
}
