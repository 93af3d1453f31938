package vn.congressplanner.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congressplanner.account.AccountService;
import vn.congressplanner.account.Actor;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.account.Role;
import vn.congressplanner.congress.Congress;
import vn.congressplanner.congress.CongressLevel;
import vn.congressplanner.congress.CongressService;
import vn.congressplanner.congress.Workstream;
import vn.congressplanner.department.Department;
import vn.congressplanner.department.DepartmentKind;
import vn.congressplanner.department.DepartmentService;
import vn.congressplanner.milestone.DeliverableKind;
import vn.congressplanner.milestone.Milestone;
import vn.congressplanner.milestone.MilestoneService;

/**
 * Departments, the congress, demo users and the three milestones of the working session. Loaded
 * once all beans exist and before the web server starts (an ApplicationRunner runs after it
 * started, so a very early login failed against an empty database).
 */
@Component
@Profile("demo")
class DemoData implements SmartInitializingSingleton {

  private static final Actor SYSTEM = Actor.system();
  private static final Clearance NORMAL = Clearance.NORMAL;
  private static final Clearance SECRET = Clearance.SECRET;
  private static final Clearance TOP_SECRET = Clearance.TOP_SECRET;

  static final String CONGRESS_NAME = "Đại hội đại biểu Đảng bộ tỉnh Yên Bái lần thứ XIX";

  /** The previous congress met five years before this one. */
  static final int PREVIOUS_TERM = 5;

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  private final DepartmentService departments;
  private final CongressService congresses;
  private final AccountService accounts;
  private final MilestoneService milestones;
  private final DemoPlan plan;

  DemoData(
      DepartmentService departments,
      CongressService congresses,
      AccountService accounts,
      MilestoneService milestones,
      DemoPlan plan) {
    this.departments = departments;
    this.congresses = congresses;
    this.accounts = accounts;
    this.milestones = milestones;
    this.plan = plan;
  }

  /**
   * Loads everything through the services, as users would enter it: the same rules, the same
   * history. One transaction: a demo that fails half-way leaves nothing behind.
   */
  @Override
  @Transactional
  public void afterSingletonsInstantiated() {
    if (accounts.exists("admin")
        || congresses.currentIfAny().map(c -> c.getName().equals(CONGRESS_NAME)).orElse(false)) {
      log.info("Demo data already present; not loading it again.");
      return;
    }
    Map<String, Department> d = new LinkedHashMap<>();
    for (String[] row : DEPARTMENTS) {
      d.put(
          row[1],
          departments.create(
              new DepartmentService.Fields(row[0], row[1], DepartmentKind.valueOf(row[2]), true),
              SYSTEM.username()));
    }

    Congress congress =
        congresses.updateCurrent(
            new CongressService.Settings(
                CONGRESS_NAME,
                "2020–2025",
                CongressLevel.PROVINCE,
                "Trung tâm Hội nghị tỉnh",
                LocalDate.of(2020, 9, 22),
                LocalDate.of(2020, 9, 23),
                LocalDate.of(2020, 9, 24),
                325),
            SYSTEM.username());

    Map<String, Actor> users = new LinkedHashMap<>();
    users.put(
        "admin",
        user("admin", "Quản trị hệ thống", "Admin@2020", Role.ADMIN, d.get("VPTU"), TOP_SECRET));
    users.put(
        "lanhdao",
        user("lanhdao", "Nguyễn Văn Thành", "Lanhdao@2020", Role.LEADER, d.get("VPTU"), SECRET));
    users.put(
        "tuyengiao",
        user("tuyengiao", "Trần Thị Hương", "Canbo@2020", Role.STAFF, d.get("TGTU"), NORMAL));
    users.put(
        "congan", user("congan", "Lê Đức Minh", "Canbo@2020", Role.STAFF, d.get("CAT"), SECRET));
    Actor admin = users.get("admin");

    Milestone propagandaPlan =
        milestones.create(
            new MilestoneService.Fields(
                "Hoàn thành kế hoạch chi tiết, toàn diện các hoạt động tuyên truyền về đại hội Đảng"
                    + " các cấp tiến tới Đại hội XIII, trình Ban Thường vụ Tỉnh ủy ban hành",
                Workstream.PROPAGANDA,
                DeliverableKind.PLAN,
                LocalDate.of(2019, 7, 30),
                "Ban Thường vụ Tỉnh ủy",
                d.get("TGTU").getId(),
                null,
                null),
            admin);
    Milestone servicePlan =
        milestones.create(
            new MilestoneService.Fields(
                "Kế hoạch chi tiết, toàn diện các hoạt động phục vụ Đại hội",
                Workstream.SERVICE,
                DeliverableKind.PLAN,
                LocalDate.of(2019, 10, 30),
                "Thường trực Tỉnh ủy",
                d.get("VPTU").getId(),
                null,
                null),
            admin);
    Milestone budget =
        milestones.create(
            new MilestoneService.Fields(
                "Tham mưu, đề xuất, lập dự toán chi Đại hội Đảng bộ tỉnh lần thứ XIX, trình Thường"
                    + " trực, Ban Thường vụ Tỉnh ủy",
                Workstream.SERVICE,
                DeliverableKind.BUDGET_ESTIMATE,
                LocalDate.of(2019, 10, 30),
                "Thường trực, Ban Thường vụ Tỉnh ủy",
                d.get("VPTU").getId(),
                null,
                null),
            admin);

    plan.load(congress, d, users, List.of(propagandaPlan, servicePlan, budget));
    previousTerm(d, users, List.of(propagandaPlan, servicePlan, budget));
    log.info(
        "Demo data loaded: {} departments, 4 users, 3 milestones; the XVIII congress (2015) with"
            + " its finished plan for plan reuse.",
        d.size());
  }

  static final String PREVIOUS_CONGRESS_NAME = DemoPlan.earlierTerm(CONGRESS_NAME, PREVIOUS_TERM);

  /**
   * The previous term's congress (XVIII, 2015) with its finished plan: the same milestones and
   * tasks five years earlier, all done, so that plan reuse ({@code /admin/plan-copy}) has a source.
   * Its milestones stay open: their submissions of 2015 are not part of this system's history.
   */
  private void previousTerm(
      Map<String, Department> d, Map<String, Actor> users, List<Milestone> current) {
    Congress xviii =
        congresses.create(
            new CongressService.Settings(
                PREVIOUS_CONGRESS_NAME,
                "2015–2020",
                CongressLevel.PROVINCE,
                "Hội trường Tỉnh ủy",
                LocalDate.of(2015, 9, 22),
                LocalDate.of(2015, 9, 23),
                LocalDate.of(2015, 9, 24),
                300),
            SYSTEM.username());
    Actor admin = users.get("admin");
    List<Milestone> earlier =
        current.stream()
            .map(
                m ->
                    milestones.createIn(
                        xviii,
                        new MilestoneService.Fields(
                            DemoPlan.earlierTerm(m.getTitle(), PREVIOUS_TERM),
                            m.getWorkstream(),
                            m.getKind(),
                            m.getDueDate().minusYears(PREVIOUS_TERM),
                            m.getSubmitTo(),
                            m.getResponsibleDepartment().getId(),
                            null,
                            null),
                        admin,
                        null))
            .toList();
    plan.loadFinished(xviii, d, users, earlier, PREVIOUS_TERM);
  }

  private Actor user(
      String username, String name, String password, Role role, Department dept, Clearance c) {
    return accounts.createWithOwnPassword(
        username,
        new AccountService.UserChange(name, role, dept.getId(), c, true),
        password,
        SYSTEM);
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
