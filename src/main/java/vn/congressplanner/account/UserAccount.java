package vn.congressplanner.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.congressplanner.department.Department;

@Entity
@Table(name = "app_user")
public class UserAccount {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 60, unique = true)
  private String username;

  @Column(name = "full_name", nullable = false, length = 200)
  private String fullName;

  @Column(name = "password_hash", nullable = false, length = 200)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Role role;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "department_id", nullable = false)
  private Department department;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Clearance clearance;

  @Column(nullable = false)
  private boolean enabled = true;

  /** Set for a temporary password: the user must choose their own before anything else. */
  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  @Column(name = "failed_attempts", nullable = false)
  private int failedAttempts;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected UserAccount() {}

  public UserAccount(
      String username,
      String fullName,
      String passwordHash,
      Role role,
      Department department,
      Clearance clearance,
      boolean mustChangePassword,
      Instant createdAt) {
    this.username = username;
    this.fullName = fullName;
    this.passwordHash = passwordHash;
    this.role = role;
    this.department = department;
    this.clearance = clearance;
    this.mustChangePassword = mustChangePassword;
    this.createdAt = createdAt;
  }

  public Actor toActor() {
    return new Actor(id, username, fullName, role, department.getId(), clearance);
  }

  public void changePassword(String newHash, boolean temporary) {
    this.passwordHash = newHash;
    this.mustChangePassword = temporary;
  }

  public void recordFailedLogin(int maxAttempts, Instant now, java.time.Duration lockFor) {
    failedAttempts++;
    if (failedAttempts >= maxAttempts) {
      lockedUntil = now.plus(lockFor);
      failedAttempts = 0;
    }
  }

  public void recordSuccessfulLogin() {
    failedAttempts = 0;
    lockedUntil = null;
  }

  public boolean isLocked(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getFullName() {
    return fullName;
  }

  void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public Role getRole() {
    return role;
  }

  void setRole(Role role) {
    this.role = role;
  }

  public Department getDepartment() {
    return department;
  }

  void setDepartment(Department department) {
    this.department = department;
  }

  public Clearance getClearance() {
    return clearance;
  }

  void setClearance(Clearance clearance) {
    this.clearance = clearance;
  }

  public boolean isEnabled() {
    return enabled;
  }

  void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public boolean isMustChangePassword() {
    return mustChangePassword;
  }

  public int getFailedAttempts() {
    return failedAttempts;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
