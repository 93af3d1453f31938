package vn.congressplanner.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.account.Role;
import vn.congressplanner.account.UserAccount;
import vn.congressplanner.account.UserAccountRepository;
import vn.congressplanner.congress.Congress;
import vn.congressplanner.congress.CongressLevel;
import vn.congressplanner.congress.CongressRepository;
import vn.congressplanner.department.Department;
import vn.congressplanner.department.DepartmentKind;
import vn.congressplanner.department.DepartmentRepository;
import vn.congressplanner.plan.DeliverableKind;
import vn.congressplanner.plan.Milestone;
import vn.congressplanner.plan.MilestoneRepository;
import vn.congressplanner.plan.Workstream;

/** Departments, the congress, demo users and the three milestones of the working session. */
@Component
@Profile("demo")
@Order(1)
class DemoData implements ApplicationRunner {

  static final String CONGRESS_NAME = "Đại hội đại biểu Đảng bộ tỉnh Yên Bái lần thứ XIX";
  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  private final DepartmentRepository departments;
  private final CongressRepository congresses;
  private final UserAccountRepository users;
  private final MilestoneRepository milestones;
  private final PasswordEncoder passwords;
  private final Clock clock;
  private final DemoPlan plan;

  DemoData(
      DepartmentRepository departments,
      CongressRepository congresses,
      UserAccountRepository users,
      MilestoneRepository milestones,
      PasswordEncoder passwords,
      Clock clock,
      DemoPlan plan) {
    this.departments = departments;
    this.congresses = congresses;
    this.users = users;
    this.milestones = milestones;
    this.passwords = passwords;
    this.clock = clock;
    this.plan = plan;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (users.existsByUsernameIgnoreCase("admin")
        || congresses.findAll().stream().anyMatch(c -> c.getName().equals(CONGRESS_NAME))) {
      log.info("Demo data already present; not loading it again.");
      return;
    }
    Map<String, Department> d = new LinkedHashMap<>();
    for (String[] row : DEPARTMENTS) {
      d.put(
          row[1], departments.save(new Department(row[0], row[1], DepartmentKind.valueOf(row[2]))));
    }

    Congress congress =
        new Congress(
            CONGRESS_NAME,
            "2020–2025",
            CongressLevel.PROVINCE,
            "Trung tâm Hội nghị tỉnh",
            LocalDate.of(2020, 9, 22),
            LocalDate.of(2020, 9, 23),
            LocalDate.of(2020, 9, 24));
    congress.setDelegates(325);
    congresses.findFirstByCurrentTrue().ifPresent(other -> other.setCurrent(false));
    congress.setCurrent(true);
    congress = congresses.save(congress);

    user(
        "admin",
        "Quản trị hệ thống",
        "Admin@2020",
        Role.ADMIN,
        d.get("VPTU"),
        Clearance.TOP_SECRET);
    user(
        "lanhdao",
        "Nguyễn Văn Thành",
        "Lanhdao@2020",
        Role.LEADER,
        d.get("VPTU"),
        Clearance.SECRET);
    user("tuyengiao", "Trần Thị Hương", "Canbo@2020", Role.STAFF, d.get("TGTU"), Clearance.NORMAL);
    user("congan", "Lê Đức Minh", "Canbo@2020", Role.STAFF, d.get("CAT"), Clearance.SECRET);

    Milestone propagandaPlan =
        milestones.save(
            new Milestone(
                congress,
                "Hoàn thành kế hoạch chi tiết, toàn diện các hoạt động tuyên truyền về đại hội Đảng"
                    + " các cấp tiến tới Đại hội XIII, trình Ban Thường vụ Tỉnh ủy ban hành",
                Workstream.PROPAGANDA,
                LocalDate.of(2019, 7, 30),
                DeliverableKind.PLAN,
                "Ban Thường vụ Tỉnh ủy",
                d.get("TGTU")));
    Milestone servicePlan =
        milestones.save(
            new Milestone(
                congress,
                "Kế hoạch chi tiết, toàn diện các hoạt động phục vụ Đại hội",
                Workstream.SERVICE,
                LocalDate.of(2019, 10, 30),
                DeliverableKind.PLAN,
                "Thường trực Tỉnh ủy",
                d.get("VPTU")));
    Milestone budget =
        milestones.save(
            new Milestone(
                congress,
                "Tham mưu, đề xuất, lập dự toán chi Đại hội Đảng bộ tỉnh lần thứ XIX, trình Thường"
                    + " trực, Ban Thường vụ Tỉnh ủy",
                Workstream.SERVICE,
                LocalDate.of(2019, 10, 30),
                DeliverableKind.BUDGET_ESTIMATE,
                "Thường trực, Ban Thường vụ Tỉnh ủy",
                d.get("VPTU")));

    plan.load(congress, d, List.of(propagandaPlan, servicePlan, budget));
    log.info("Demo data loaded: {} departments, 4 users, 3 milestones.", d.size());
  }

  private void user(
      String username, String name, String password, Role role, Department dept, Clearance c) {
    users.save(
        new UserAccount(
            username, name, passwords.encode(password), role, dept, c, false, clock.instant()));
  }

  /** name, code, kind. */
  static final String[][] DEPARTMENTS = {
    {"Văn phòng Tỉnh ủy", "VPTU", "PARTY_BOARD"},
    {"Ban Tuyên giáo Tỉnh ủy", "TGTU", "PARTY_BOARD"},
    {"Ban Tổ chức Tỉnh ủy", "TCTU", "PARTY_BOARD"},
    {"Ban Dân vận Tỉnh ủy", "DVTU", "PARTY_BOARD"},
    {"Ủy ban Kiểm tra Tỉnh ủy", "UBKT", "PARTY_BOARD"},
    {"Công an tỉnh", "CAT", "FORCE"},
    {"Bộ Chỉ huy Quân sự tỉnh", "BCHQS", "FORCE"},
    {"Sở Thông tin và Truyền thông", "STTTT", "SECTOR"},
    {"Sở Tài chính", "STC", "SECTOR"},
    {"Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL", "SECTOR"},
    {"Sở Y tế", "SYT", "SECTOR"},
    {"Báo Yên Bái", "BYB", "MEDIA"},
    {"Đài Phát thanh và Truyền hình tỉnh", "PTTH", "MEDIA"},
    {"Thành ủy Yên Bái", "TUYB", "LOCALITY"},
    {"Thị ủy Nghĩa Lộ", "TUNL", "LOCALITY"},
    {"Huyện ủy Lục Yên", "HULY", "LOCALITY"},
    {"Huyện ủy Văn Yên", "HUVY", "LOCALITY"},
    {"Huyện ủy Mù Cang Chải", "HUMCC", "LOCALITY"},
    {"Huyện ủy Trấn Yên", "HUTY", "LOCALITY"},
    {"Huyện ủy Trạm Tấu", "HUTT", "LOCALITY"},
    {"Huyện ủy Văn Chấn", "HUVC", "LOCALITY"},
    {"Huyện ủy Yên Bình", "HUYB", "LOCALITY"},
  };
}
