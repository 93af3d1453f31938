package vn.congressplanner.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.congressplanner.account.Actor;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.congress.Congress;
import vn.congressplanner.congress.DeadlineAnchor;
import vn.congressplanner.congress.Phase;
import vn.congressplanner.congress.Workstream;
import vn.congressplanner.department.Department;
import vn.congressplanner.milestone.Milestone;
import vn.congressplanner.task.Priority;
import vn.congressplanner.task.Task;
import vn.congressplanner.task.TaskCommand;
import vn.congressplanner.task.TaskService;
import vn.congressplanner.task.TaskStatus;

/**
 * The subcommittee's tasks, worded after its working session (seeds/ and SPEC §6), across the three
 * workstreams and phases. As of the demo's pinned day, 15/07/2019, the plan is alive: some tasks
 * were done on time, some late, some are overdue, some due within the week (16–22/07/2019) and the
 * rest on track. Entered through {@link TaskService} as the users would have entered it (its rules,
 * access checks and history), with the past dates of a plan that was already running.
 */
@Component
class DemoPlan {

  private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private final TaskService tasks;

  DemoPlan(TaskService tasks) {
    this.tasks = tasks;
  }

  void load(
      Congress congress,
      Map<String, Department> departments,
      Map<String, Actor> users,
      List<Milestone> milestones) {
    new Loader(congress, departments, users, milestones, 0).load();
  }

  /**
   * The previous term's plan (SPEC §6: congress XVIII, 2015, a finished plan to reuse): the same
   * work {@code yearsBack} years earlier, under that term's names, every task done on its deadline
   * with a result note, no progress reports.
   */
  void loadFinished(
      Congress congress,
      Map<String, Department> departments,
      Map<String, Actor> users,
      List<Milestone> milestones,
      int yearsBack) {
    new Loader(congress, departments, users, milestones, yearsBack).load();
  }

  /**
   * The wording of a plan {@code yearsBack} years earlier: five years back the provincial congress
   * is the XVIIIth (2015–2020), heading for the national XIIth congress. Dates written in the text
   * move with the plan's dates.
   */
  static String earlierTerm(String text, int yearsBack) {
    if (text == null || yearsBack == 0) {
      return text;
    }
    return text.replace("2020–2025", "2015–2020")
        .replace("XIII", "XII")
        .replace("XIX", "XVIII")
        .replace("/2019", "/" + (2019 - yearsBack))
        .replace("/2020", "/" + (2020 - yearsBack))
        .replace("năm 2016", "năm " + (2016 - yearsBack))
        .replace("năm 2019", "năm " + (2019 - yearsBack));
  }

  private final class Loader {

    private final Congress congress;
    private final Map<String, Department> d;
    private final Milestone propagandaPlan;
    private final Milestone servicePlan;
    private final Milestone budget;
    private final Map<String, Actor> users;

    /** 0: the running plan; more: a finished plan of that many years before. */
    private final int yearsBack;

    Loader(
        Congress congress,
        Map<String, Department> departments,
        Map<String, Actor> users,
        List<Milestone> milestones,
        int yearsBack) {
      this.yearsBack = yearsBack;
      this.congress = congress;
      this.d = departments;
      this.users = users;
      this.propagandaPlan = milestones.get(0);
      this.servicePlan = milestones.get(1);
      this.budget = milestones.get(2);
    }

    void load() {
      propaganda();
      service();
      security();
    }

    private void propaganda() {
      Task plan =
          task(
                  Workstream.PROPAGANDA,
                  Phase.BEFORE,
                  "Xây dựng kế hoạch chi tiết, toàn diện các hoạt động tuyên truyền về đại hội Đảng"
                      + " các cấp tiến tới Đại hội XIII",
                  "Xác định rõ nội dung, biện pháp, hình thức tuyên truyền và phân công tổ chức thực"
                      + " hiện; trình Ban Thường vụ Tỉnh ủy ban hành trước ngày 30/7/2019.",
                  "TGTU",
                  date(2019, 7, 25))
              .cooperating("STTTT", "BYB", "PTTH")
              .milestone(propagandaPlan)
              .start(date(2019, 6, 17))
              .priority(Priority.URGENT)
              .inProgress(70)
              .save();
      report(
          plan, "tuyengiao", date(2019, 7, 1), 40, "Đã hoàn thành dự thảo lần 1, gửi xin ý kiến.");
      report(
          plan,
          "tuyengiao",
          date(2019, 7, 12),
          70,
          "Đã tiếp thu ý kiến các ban, ngành; đang hoàn thiện dự thảo lần 2.");

      task(
              Workstream.PROPAGANDA,
              Phase.BEFORE,
              "Xin ý kiến các ban, ngành về dự thảo kế hoạch tuyên truyền",
              "Gửi dự thảo kế hoạch tới các ban Đảng, sở, ngành liên quan và tổng hợp ý kiến.",
              "TGTU",
              date(2019, 7, 10))
          .cooperating("VPTU", "TCTU", "DVTU")
          .milestone(propagandaPlan)
          .start(date(2019, 7, 1))
          .priority(Priority.HIGH)
          .inProgress(60)
          .save();

      task(
              Workstream.PROPAGANDA,
              Phase.BEFORE,
              "Hướng dẫn các huyện, thị, thành ủy tuyên truyền đại hội đảng bộ cấp huyện",
              "Ban hành hướng dẫn tuyên truyền đại hội Đảng bộ các huyện, thị xã, thành phố nhiệm kỳ"
                  + " 2020–2025.",
              "TGTU",
              date(2019, 7, 12))
          .cooperating("TUYB", "TUNL", "HULY", "HUVY")
          .milestone(propagandaPlan)
          .start(date(2019, 7, 3))
          .save();

      task(
              Workstream.PROPAGANDA,
              Phase.BEFORE,
              "Tổng hợp thành tựu kinh tế - xã hội của tỉnh và các địa phương từ năm 2016 đến nay",
              "Tư liệu phục vụ tuyên truyền, nhấn mạnh những thành tựu kinh tế - xã hội đạt được của"
                  + " tỉnh và các địa phương trong tỉnh từ năm 2016 đến nay.",
              "TGTU",
              date(2019, 7, 5))
          .cooperating("STC", "STTTT")
          .milestone(propagandaPlan)
          .start(date(2019, 6, 10))
          .done(date(2019, 7, 3), "Đã hoàn thành tập tư liệu 48 trang, gửi các cơ quan báo chí.")
          .save();

      task(
              Workstream.PROPAGANDA,
              Phase.BEFORE,
              "Báo cáo tình hình tư tưởng, tâm trạng xã hội 6 tháng đầu năm 2019",
              "Thường xuyên nắm bắt diễn biến tư tưởng và tâm trạng xã hội để tham mưu các biện pháp"
                  + " chỉ đạo kịp thời, phù hợp.",
              "TGTU",
              date(2019, 7, 5))
          .cooperating("DVTU", "CAT")
          .start(date(2019, 6, 20))
          .done(date(2019, 7, 9), "Đã báo cáo Thường trực Tỉnh ủy (chậm 4 ngày do chờ số liệu).")
          .save();

      Task opinions =
          task(
                  Workstream.PROPAGANDA,
                  Phase.BEFORE,
                  "Chuyên mục lấy ý kiến đóng góp vào Dự thảo văn kiện Đại hội Đảng bộ tỉnh lần thứ"
                      + " XIX",
                  "Mở chuyên mục trên báo in, báo điện tử và sóng phát thanh, truyền hình; tuyên"
                      + " truyền các ý kiến tham gia, đóng góp vào dự thảo văn kiện.",
                  "BYB",
                  date(2019, 7, 19))
              .cooperating("PTTH", "TGTU")
              .start(date(2019, 7, 1))
              .priority(Priority.HIGH)
              .inProgress(80)
              .save();
      report(opinions, "admin", date(2019, 7, 10), 80, "Đã đăng 12 bài, phát 4 chương trình.");

      task(
              Workstream.PROPAGANDA,
              Phase.BEFORE,
              "Tuyên truyền chủ đề, ý nghĩa, tầm quan trọng của đại hội Đảng các cấp",
              "Đẩy mạnh thông tin, tuyên truyền, nêu bật chủ đề, ý nghĩa, tầm quan trọng của đại hội"
                  + " Đảng các cấp tiến tới Đại hội XIII của Đảng.",
              "TGTU",
              date(2020, 9, 15))
          .cooperating("BYB", "PTTH", "STTTT")
          .start(date(2019, 8, 1))
          .save();

      task(
              Workstream.PROPAGANDA,
              Phase.BEFORE,
              "Gắn tuyên truyền Đại hội XIX với nhiệm vụ chính trị của tỉnh và các ngày lễ lớn trong"
                  + " năm",
              "Lồng ghép tuyên truyền Đại hội trong các hoạt động kỷ niệm Quốc khánh 2/9 và các ngày"
                  + " lễ lớn.",
              "TGTU",
              date(2019, 8, 25))
          .cooperating("SVHTTDL", "TUYB")
          .start(date(2019, 7, 15))
          .save();

      task(
              Workstream.PROPAGANDA,
              Phase.BEFORE,
              "Tuyên truyền trực quan chào mừng Đại hội (pa nô, áp phích, băng rôn, khẩu hiệu)",
              null,
              "SVHTTDL",
              date(2020, 9, 15))
          .cooperating("TUYB", "TUNL")
          .save();

      task(
              Workstream.PROPAGANDA,
              Phase.DURING,
              "Kiểm tra, đôn đốc việc thực hiện kế hoạch tuyên truyền đã được duyệt",
              "Trong thời gian diễn ra Đại hội, thường xuyên kiểm tra, đôn đốc việc thực hiện kế"
                  + " hoạch tuyên truyền.",
              "TGTU",
              date(2020, 9, 24))
          .start(date(2020, 9, 22))
          .save();

      task(
              Workstream.PROPAGANDA,
              Phase.DURING,
              "Đưa tin Đại hội trên các phương tiện thông tin đại chúng của Trung ương và địa phương",
              null,
              "PTTH",
              date(2020, 9, 24))
          .cooperating("BYB", "STTTT")
          .priority(Priority.HIGH)
          .save();

      task(
              Workstream.PROPAGANDA,
              Phase.DURING,
              "Phản ánh, cập nhật hàng ngày nội dung làm việc và diễn biến Đại hội",
              null,
              "BYB",
              date(2020, 9, 24))
          .cooperating("PTTH")
          .save();

      task(
              Workstream.PROPAGANDA,
              Phase.AFTER,
              "Xây dựng báo cáo nhanh kết quả Đại hội",
              null,
              "TGTU",
              date(2020, 9, 26))
          .cooperating("VPTU")
          .priority(Priority.HIGH)
          .save();

      task(
              Workstream.PROPAGANDA,
              Phase.AFTER,
              "Tổ chức họp báo công bố kết quả Đại hội",
              null,
              "TGTU",
              date(2020, 9, 25))
          .cooperating("STTTT", "BYB", "PTTH")
          .save();

      task(
              Workstream.PROPAGANDA,
              Phase.AFTER,
              "Tổ chức đưa tin đậm nét về kết quả Đại hội",
              null,
              "PTTH",
              date(2020, 10, 10))
          .cooperating("BYB")
          .save();

      task(
              Workstream.PROPAGANDA,
              Phase.AFTER,
              "Tổ chức học tập, quán triệt nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX",
              null,
              "TGTU",
              date(2020, 11, 30))
          .cooperating("TUYB", "TUNL", "HULY", "HUVY", "HUMCC", "HUTY", "HUTT", "HUVC", "HUYB")
          .save();

      task(
              Workstream.PROPAGANDA,
              Phase.AFTER,
              "Phát động các phong trào thi đua nhằm thực hiện thắng lợi nghị quyết Đại hội",
              null,
              "TGTU",
              date(2020, 12, 31))
          .cooperating("DVTU")
          .priority(Priority.NORMAL)
          .save();
    }

    private void service() {
      Task plan =
          task(
                  Workstream.SERVICE,
                  Phase.BEFORE,
                  "Xây dựng kế hoạch chi tiết, toàn diện về các hoạt động phục vụ Đại hội",
                  "Chi tiết hóa các hoạt động phục vụ trước, trong và sau Đại hội, chuẩn bị sớm để"
                      + " hạn chế thiếu sót; hoàn thành trước ngày 30/10/2019.",
                  "VPTU",
                  date(2019, 10, 25))
              .cooperating("STC", "SYT", "CAT")
              .milestone(servicePlan)
              .start(date(2019, 7, 1))
              .priority(Priority.HIGH)
              .inProgress(20)
              .save();
      report(plan, "admin", date(2019, 7, 8), 20, "Đã lập đề cương kế hoạch, phân công soạn thảo.");

      task(
              Workstream.SERVICE,
              Phase.BEFORE,
              "Khảo sát hiện trạng Trung tâm Hội nghị tỉnh phục vụ Đại hội",
              "Khảo sát hội trường, âm thanh, ánh sáng, phòng làm việc của các đoàn.",
              "VPTU",
              date(2019, 7, 8))
          .cooperating("SVHTTDL", "CAT")
          .milestone(servicePlan)
          .start(date(2019, 7, 1))
          .done(date(2019, 7, 8), "Đã khảo sát; đề xuất sửa chữa hệ thống âm thanh hội trường.")
          .save();

      task(
              Workstream.SERVICE,
              Phase.BEFORE,
              "Phân công nhiệm vụ cụ thể cho các ngành, địa phương trong công tác phục vụ",
              null,
              "VPTU",
              date(2019, 7, 12))
          .cooperating("TUYB")
          .milestone(servicePlan)
          .save();

      Task norms =
          task(
                  Workstream.SERVICE,
                  Phase.BEFORE,
                  "Rà soát định mức chi, tổng hợp nhu cầu kinh phí của các tiểu ban",
                  null,
                  "STC",
                  date(2019, 7, 22))
              .cooperating("VPTU")
              .milestone(budget)
              .start(date(2019, 7, 8))
              .inProgress(30)
              .save();
      report(norms, "admin", date(2019, 7, 12), 30, "Đã nhận nhu cầu kinh phí của 2/4 tiểu ban.");

      task(
              Workstream.SERVICE,
              Phase.BEFORE,
              "Tham mưu, đề xuất, lập dự toán chi Đại hội Đảng bộ tỉnh lần thứ XIX",
              "Lập tổng dự toán kinh phí tổ chức Đại hội, trình Thường trực, Ban Thường vụ Tỉnh ủy.",
              "VPTU",
              date(2019, 10, 30))
          .cooperating("STC")
          .milestone(budget)
          .start(date(2019, 7, 22))
          .priority(Priority.HIGH)
          .save();

      task(
              Workstream.SERVICE,
              Phase.BEFORE,
              "Trang trí khánh tiết hội trường và khu vực Trung tâm Hội nghị tỉnh",
              null,
              "VPTU",
              date(2020, 9, 20))
          .cooperating("SVHTTDL", "TUYB")
          .save();

      task(
              Workstream.SERVICE,
              Phase.BEFORE,
              "Bố trí nơi ăn, nghỉ cho đại biểu dự Đại hội",
              null,
              "VPTU",
              date(2020, 9, 18))
          .cooperating("TUYB", "SYT")
          .save();

      task(
              Workstream.SERVICE,
              Phase.BEFORE,
              "Triển lãm ảnh thành tựu của tỉnh tại Trung tâm Hội nghị tỉnh",
              "Đã hủy: nội dung được lồng ghép vào chương trình tuyên truyền trực quan.",
              "SVHTTDL",
              date(2020, 9, 10))
          .status(TaskStatus.CANCELLED)
          .save();

      task(
              Workstream.SERVICE,
              Phase.DURING,
              "Bảo đảm y tế, an toàn thực phẩm phục vụ Đại hội",
              null,
              "SYT",
              date(2020, 9, 24))
          .cooperating("VPTU")
          .save();

      task(
              Workstream.SERVICE,
              Phase.DURING,
              "Phục vụ ăn, nghỉ, đi lại của đại biểu trong những ngày Đại hội",
              null,
              "VPTU",
              date(2020, 9, 24))
          .cooperating("TUYB")
          .save();

      task(
              Workstream.SERVICE,
              Phase.AFTER,
              "Tổng hợp, quyết toán kinh phí tổ chức Đại hội",
              null,
              "VPTU",
              date(2020, 10, 31))
          .cooperating("STC")
          .save();
    }

    private void security() {
      Task personnel =
          task(
                  Workstream.SECURITY,
                  Phase.BEFORE,
                  "Bảo vệ nhân sự nhiệm kỳ mới của đại hội Đảng các cấp",
                  "Kịp thời phát hiện những trường hợp có vấn đề về tiêu chuẩn chính trị, phẩm chất,"
                      + " đạo đức để có biện pháp giải quyết.",
                  "CAT",
                  date(2020, 9, 15))
              .cooperating("TCTU", "UBKT")
              .start(date(2019, 6, 1))
              .priority(Priority.URGENT)
              .confidentiality(Clearance.SECRET)
              .inProgress(35)
              .save();
      report(personnel, "congan", date(2019, 7, 11), 35, "Đã thẩm tra xong nhóm nhân sự đợt 1.");

      task(
              Workstream.SECURITY,
              Phase.BEFORE,
              "Tăng cường bảo vệ thông tin, tài liệu Đại hội theo quy định",
              null,
              "CAT",
              date(2020, 9, 20))
          .cooperating("VPTU", "STTTT")
          .confidentiality(Clearance.CONFIDENTIAL)
          .save();

      task(
              Workstream.SECURITY,
              Phase.BEFORE,
              "Kiểm tra công tác bảo mật tại cơ quan soạn thảo văn kiện Đại hội",
              null,
              "CAT",
              date(2019, 7, 18))
          .cooperating("VPTU")
          .start(date(2019, 7, 10))
          .confidentiality(Clearance.CONFIDENTIAL)
          .inProgress(50)
          .save();

      task(
              Workstream.SECURITY,
              Phase.BEFORE,
              "Rà soát những vấn đề tiềm ẩn mâu thuẫn trong nội bộ nhân dân ở cơ sở",
              "Lập danh sách các vụ việc phức tạp để tập trung giải quyết ngay từ cơ sở.",
              "CAT",
              date(2019, 6, 30))
          .cooperating("DVTU", "HUMCC", "HUTT")
          .start(date(2019, 6, 1))
          .done(date(2019, 7, 3), "Đã lập danh sách 17 vụ việc, chuyển các huyện ủy giải quyết.")
          .save();

      task(
              Workstream.SECURITY,
              Phase.BEFORE,
              "Tập trung giải quyết ngay từ cơ sở những vấn đề tiềm ẩn mâu thuẫn trong nội bộ nhân"
                  + " dân",
              null,
              "DVTU",
              date(2020, 8, 31))
          .cooperating("CAT", "HUMCC", "HUTT", "HUVC")
          .save();

      task(
              Workstream.SECURITY,
              Phase.BEFORE,
              "Xây dựng phương án bảo vệ an toàn tuyệt đối địa điểm Đại hội, tài liệu và nơi ăn nghỉ"
                  + " của đại biểu",
              null,
              "CAT",
              date(2020, 8, 31))
          .cooperating("BCHQS")
          .confidentiality(Clearance.CONFIDENTIAL)
          .save();

      task(
              Workstream.SECURITY,
              Phase.DURING,
              "Bảo vệ an toàn tuyệt đối địa điểm diễn ra Đại hội",
              null,
              "CAT",
              date(2020, 9, 24))
          .cooperating("BCHQS")
          .priority(Priority.URGENT)
          .save();

      task(
              Workstream.SECURITY,
              Phase.DURING,
              "Bảo vệ đoàn đại biểu cấp cao của Đảng, Nhà nước và các tỉnh bạn dự Đại hội",
              null,
              "CAT",
              date(2020, 9, 24))
          .cooperating("BCHQS")
          .priority(Priority.URGENT)
          .confidentiality(Clearance.CONFIDENTIAL)
          .save();

      task(
              Workstream.SECURITY,
              Phase.AFTER,
              "Tổng kết công tác bảo vệ Đại hội",
              null,
              "CAT",
              date(2020, 10, 15))
          .cooperating("BCHQS")
          .save();
    }

    private Builder task(
        Workstream workstream,
        Phase phase,
        String title,
        String description,
        String lead,
        LocalDate deadline) {
      return new Builder(this, workstream, phase, title, description, department(lead), deadline);
    }

    /** A progress report by one of the demo's users, on the day they made it. */
    private void report(Task task, String author, LocalDate day, int progress, String note) {
      if (yearsBack > 0) {
        return; // a finished plan brought in later: its results, not its day-by-day reports
      }
      tasks.recordPastProgress(task.getId(), progress, note, users.get(author), at(day));
    }

    Department department(String code) {
      Department department = d.get(code);
      if (department == null) {
        throw new IllegalStateException("no demo department " + code);
      }
      return department;
    }
  }

  /** Fills one demo task's command; {@link #save} hands it to the service. */
  private final class Builder {

    private final Loader loader;
    private final String title;
    private final String description;
    private final Workstream workstream;
    private final Phase phase;
    private final Department lead;
    private final LocalDate deadline;
    private final List<Long> cooperating = new ArrayList<>();
    private Long milestone;
    private LocalDate start;
    private Priority priority = Priority.NORMAL;
    private Clearance confidentiality = Clearance.NORMAL;
    private TaskStatus status = TaskStatus.NOT_STARTED;
    private int progress;
    private LocalDate completedOn;
    private String resultNote;

    Builder(
        Loader loader,
        Workstream workstream,
        Phase phase,
        String title,
        String description,
        Department lead,
        LocalDate deadline) {
      this.loader = loader;
      this.workstream = workstream;
      this.phase = phase;
      this.title = title;
      this.description = description;
      this.lead = lead;
      this.deadline = deadline;
    }

    Builder cooperating(String... codes) {
      for (String code : codes) {
        cooperating.add(loader.department(code).getId());
      }
      return this;
    }

    Builder milestone(Milestone milestone) {
      this.milestone = milestone.getId();
      return this;
    }

    Builder start(LocalDate start) {
      this.start = start;
      return this;
    }

    Builder priority(Priority priority) {
      this.priority = priority;
      return this;
    }

    Builder confidentiality(Clearance level) {
      this.confidentiality = level;
      return this;
    }

    Builder status(TaskStatus status) {
      this.status = status;
      return this;
    }

    Builder inProgress(int progress) {
      this.status = TaskStatus.IN_PROGRESS;
      this.progress = progress;
      return this;
    }

    Builder done(LocalDate completedOn, String result) {
      this.status = TaskStatus.DONE;
      this.progress = 100;
      this.completedOn = completedOn;
      this.resultNote = result;
      return this;
    }

    Task save() {
      int back = loader.yearsBack;
      LocalDate deadline = this.deadline.minusYears(back);
      LocalDate start = this.start == null ? null : this.start.minusYears(back);
      TaskStatus status = this.status;
      int progress = this.progress;
      LocalDate completedOn = this.completedOn == null ? null : this.completedOn.minusYears(back);
      String resultNote = earlierTerm(this.resultNote, back);
      if (back > 0 && status != TaskStatus.CANCELLED) {
        status = TaskStatus.DONE;
        progress = 100;
        completedOn = completedOn != null ? completedOn : deadline;
        resultNote = resultNote != null ? resultNote : FINISHED_NOTE;
      }
      // As the plan counts them: the congress's own days and what follows it from the congress
      // (C+N), the last weeks before it from the opening (D−N); earlier work keeps its dates.
      LocalDate opening = loader.congress.getOpeningDate();
      LocalDate closing = loader.congress.getClosingDate();
      DeadlineAnchor anchor = DeadlineAnchor.FIXED;
      Integer offset = null;
      if (phase != Phase.BEFORE && !deadline.isBefore(closing)) {
        anchor = DeadlineAnchor.CLOSING;
        offset = (int) ChronoUnit.DAYS.between(closing, deadline);
      } else if (!deadline.isAfter(opening) && deadline.isAfter(opening.minusDays(60))) {
        anchor = DeadlineAnchor.OPENING;
        offset = (int) ChronoUnit.DAYS.between(deadline, opening);
      }
      TaskCommand command =
          new TaskCommand(
              earlierTerm(title, back),
              earlierTerm(description, back),
              workstream,
              phase,
              lead.getId(),
              cooperating,
              milestone,
              start,
              deadline,
              status,
              progress,
              completedOn,
              resultNote,
              priority,
              confidentiality,
              null,
              null,
              anchor,
              offset);
      return tasks.recordPastTask(
          loader.congress,
          command,
          loader.users.get("admin"),
          at(date(2019, 6, 3).minusYears(back)));
    }
  }

  static final String FINISHED_NOTE = "Đã hoàn thành đúng kế hoạch; hồ sơ lưu tại đơn vị chủ trì.";

  private static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  /** Office hours on {@code day} in the congress time zone. */
  private static Instant at(LocalDate day) {
    return day.atTime(9, 0).atZone(ZONE).toInstant();
  }
}
