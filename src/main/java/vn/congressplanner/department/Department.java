package vn.congressplanner.department;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.congressplanner.system.Texts;

@Entity
@Table(name = "department")
public class Department {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 200)
  private String name;

  /** NFC + case-folded name; unique in the database. */
  @Column(name = "name_key", nullable = false, length = 200)
  private String nameKey;

  @Column(nullable = false, length = 30)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private DepartmentKind kind;

  @Column(nullable = false)
  private boolean active = true;

  @Version private long version;

  protected Department() {}

  public Department(String name, String code, DepartmentKind kind) {
    rename(name);
    this.code = Texts.clean(code);
    this.kind = kind;
  }

  public void rename(String newName) {
    this.name = Texts.clean(newName);
    this.nameKey = Texts.uniqueKey(newName);
  }

  void setCode(String code) {
    this.code = Texts.clean(code);
  }

  void setKind(DepartmentKind kind) {
    this.kind = kind;
  }

  void setActive(boolean active) {
    this.active = active;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getNameKey() {
    return nameKey;
  }

  public String getCode() {
    return code;
  }

  public DepartmentKind getKind() {
    return kind;
  }

  public boolean isActive() {
    return active;
  }

  public long getVersion() {
    return version;
  }
}
