package vn.congressplanner.demo;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.congressplanner.account.Actor;
import vn.congressplanner.budget.BudgetCategory;
import vn.congressplanner.budget.BudgetService;
import vn.congressplanner.department.Department;
import vn.congressplanner.department.DepartmentService;

/**
 * The demo's budget estimate (SPEC §6): the service plan's estimate for the 325-delegate, three-day
 * (preparatory session and two days) Yên Bái XIX congress at 2019 prices, in every category. Added
 * through the budget service like a user would, once: an estimate that has lines is left alone.
 */
@Component
@Profile("demo")
@Order(2)
class DemoBudget implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoBudget.class);

  private final BudgetService budget;
  private final DepartmentService departments;

  DemoBudget(BudgetService budget, DepartmentService departments) {
    this.budget = budget;
    this.departments = departments;
  }

  /** category, item, unit, quantity, unit price (đồng), department code, note. */
  static final String[][] LINES = {
    {
      "DECORATION",
      "Trang trí khánh tiết hội trường: phông, cờ, khẩu hiệu, tượng Bác",
      "trọn gói",
      "1",
      "85000000",
      "VPTU",
      "Hội trường lớn Trung tâm Hội nghị tỉnh"
    },
    {
      "DECORATION",
      "Hoa tươi trang trí lễ đài, bàn Đoàn Chủ tịch, tiền sảnh",
      "ngày",
      "3",
      "6500000",
      "VPTU",
      "Phiên trù bị và hai ngày chính thức"
    },
    {
      "DECORATION",
      "Cờ Đảng, cờ Tổ quốc, băng rôn dọc các tuyến phố chính",
      "chiếc",
      "400",
      "180000",
      "TUYB",
      null
    },
    {
      "DECORATION",
      "Cụm pa-nô, áp phích cổ động tại trung tâm thành phố",
      "cụm",
      "12",
      "9500000",
      "SVHTTDL",
      null
    },
    {
      "ACCOMMODATION",
      "Tiền ăn đại biểu chính thức (325 đại biểu × 3 ngày)",
      "suất/ngày",
      "975",
      "200000",
      "VPTU",
      "Mức chi theo quy định của tỉnh"
    },
    {
      "ACCOMMODATION",
      "Tiền ăn khách mời và lực lượng phục vụ (120 người × 3 ngày)",
      "suất/ngày",
      "360",
      "200000",
      "VPTU",
      null
    },
    {
      "ACCOMMODATION",
      "Tiền nghỉ đại biểu các huyện ở xa (2 người/phòng, 3 đêm)",
      "phòng/đêm",
      "330",
      "450000",
      "VPTU",
      "Khách sạn Mường Thanh, Khách sạn Yên Bái"
    },
    {
      "ACCOMMODATION",
      "Nước uống, hoa quả giải khát giữa giờ (445 người × 3 ngày)",
      "suất",
      "1335",
      "40000",
      "VPTU",
      null
    },
    {
      "ACCOMMODATION",
      "Liên hoan chào mừng thành công Đại hội",
      "suất",
      "450",
      "350000",
      "VPTU",
      null
    },
    {
      "TRAVEL",
      "Thuê xe đưa đón đại biểu các huyện, thị xã, thành phố",
      "xe/ngày",
      "64",
      "3200000",
      "VPTU",
      "16 xe 45 chỗ × 4 ngày (kể cả ngày đón trước)"
    },
    {"TRAVEL", "Xe phục vụ đoàn đại biểu Trung ương", "xe/ngày", "12", "2500000", "VPTU", null},
    {
      "TRAVEL",
      "Xăng dầu cho xe của cơ quan phục vụ Đại hội",
      "lít",
      "2850.5",
      "20500",
      "VPTU",
      "Giá xăng RON 95 tháng 10/2019"
    },
    {
      "PROPAGANDA",
      "Sản xuất phóng sự, chuyên mục truyền hình về Đại hội",
      "chuyên mục",
      "6",
      "15000000",
      "PTTH",
      null
    },
    {
      "PROPAGANDA",
      "Tin, bài, ảnh, chuyên trang về Đại hội trên Báo Yên Bái",
      "trọn gói",
      "1",
      "60000000",
      "BYB",
      null
    },
    {
      "PROPAGANDA",
      "Tuyên truyền trực quan tại 9 huyện, thị xã, thành phố",
      "huyện",
      "9",
      "20000000",
      "TGTU",
      "Hỗ trợ pa-nô, khẩu hiệu"
    },
    {"PROPAGANDA", "Tổ chức họp báo trước và sau Đại hội", "buổi", "2", "12000000", "TGTU", null},
    {
      "PRINTING",
      "In văn kiện Đại hội (báo cáo chính trị, báo cáo kiểm điểm, dự thảo)",
      "bộ",
      "500",
      "85000",
      "VPTU",
      null
    },
    {
      "PRINTING",
      "In tài liệu phục vụ Đại hội: chương trình, nội quy, quy chế, danh sách",
      "bộ",
      "500",
      "35000",
      "VPTU",
      null
    },
    {"PRINTING", "Thẻ đại biểu, thẻ phục vụ, thẻ phóng viên", "thẻ", "700", "25000", "VPTU", null},
    {"PRINTING", "Giấy mời, phong bì", "bộ", "600", "8500", "VPTU", null},
    {
      "SECURITY",
      "Bồi dưỡng lực lượng công an bảo vệ, giữ gìn an ninh trật tự",
      "người/ngày",
      "600",
      "150000",
      "CAT",
      "150 cán bộ, chiến sĩ × 4 ngày"
    },
    {
      "SECURITY",
      "Bồi dưỡng lực lượng quân sự tham gia bảo vệ",
      "người/ngày",
      "240",
      "150000",
      "BCHQS",
      "60 cán bộ, chiến sĩ × 4 ngày"
    },
    {
      "SECURITY",
      "Thuê thiết bị soi chiếu, kiểm tra an ninh cửa ra vào",
      "bộ/ngày",
      "9",
      "2800000",
      "CAT",
      null
    },
    {
      "SECURITY",
      "Phòng cháy, chữa cháy và cứu nạn tại hội trường",
      "ngày",
      "3",
      "3500000",
      "CAT",
      null
    },
    {
      "STATIONERY",
      "Cặp tài liệu, sổ, bút cho đại biểu và khách mời",
      "bộ",
      "500",
      "120000",
      "VPTU",
      null
    },
    {
      "STATIONERY",
      "Giấy in, mực in phục vụ Ban Tổ chức và Tổ thư ký",
      "ram",
      "80",
      "68000",
      "VPTU",
      null
    },
    {
      "STATIONERY",
      "Văn phòng phẩm khác cho các tiểu ban",
      "trọn gói",
      "1",
      "25000000",
      "VPTU",
      null
    },
    {
      "OTHER",
      "Thuê âm thanh, ánh sáng, màn hình LED hội trường",
      "ngày",
      "3",
      "25000000",
      "VPTU",
      null
    },
    {"OTHER", "Y tế, thuốc thông thường phục vụ Đại hội", "trọn gói", "1", "12000000", "SYT", null},
    {"OTHER", "Quà lưu niệm cho đại biểu và khách mời", "suất", "450", "250000", "VPTU", null},
    {"OTHER", "Chi dự phòng", "trọn gói", "1", "120000000", "STC", "Khoảng 5% tổng dự toán"},
  };

  @Override
  public void run(ApplicationArguments args) {
    var estimate =
        budget.estimatesOfCurrent().stream()
            .filter(e -> e.title().startsWith("Tham mưu, đề xuất, lập dự toán"))
            .findFirst()
            .orElse(null);
    if (estimate == null || !budget.estimate(estimate.id()).empty()) {
      return;
    }
    Map<String, Department> byCode =
        departments.active().stream()
            .collect(Collectors.toMap(Department::getCode, Function.identity(), (a, b) -> a));
    Actor actor = Actor.system();
    for (String[] row : LINES) {
      budget.add(
          estimate.id(),
          new BudgetService.LineFields(
              BudgetCategory.valueOf(row[0]),
              row[1],
              row[2],
              new BigDecimal(row[3]),
              new BigDecimal(row[4]),
              byCode.get(row[5]).getId(),
              row[6],
              null,
              null),
          actor);
    }
    log.info("Demo budget estimate loaded: {} lines.", LINES.length);
  }
}
