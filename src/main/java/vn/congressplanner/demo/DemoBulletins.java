package vn.congressplanner.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congressplanner.account.AccountService;
import vn.congressplanner.account.Actor;
import vn.congressplanner.bulletin.Bulletin;
import vn.congressplanner.bulletin.BulletinService;
import vn.congressplanner.bulletin.BulletinService.CoverageFields;
import vn.congressplanner.bulletin.BulletinSession;
import vn.congressplanner.bulletin.CoverageKind;
import vn.congressplanner.congress.CongressService;

/**
 * The demo congress's daily bulletins (22–24/9/2020) and their media coverage, posted through
 * {@link BulletinService} as the demo's propaganda officer and leader. The demo pins today to
 * 15/07/2019, before the congress, so they go through {@link BulletinService#recordHistorical}:
 * every rule holds except "not after today". With {@code PLANNER_TODAY=2020-09-30} the quick report
 * then reads like the real one.
 */
@Component
@Profile("demo")
@Order(2)
class DemoBulletins implements ApplicationRunner {

  private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final Logger log = LoggerFactory.getLogger(DemoBulletins.class);

  private final BulletinService bulletins;
  private final CongressService congresses;
  private final AccountService accounts;

  DemoBulletins(BulletinService bulletins, CongressService congresses, AccountService accounts) {
    this.bulletins = bulletins;
    this.congresses = congresses;
    this.accounts = accounts;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    var congress = congresses.currentIfAny();
    if (congress.isEmpty()
        || !congress.get().getName().equals(DemoData.CONGRESS_NAME)
        || bulletins.hasBulletins(congress.get().getId())) {
      return;
    }
    Actor officer = actor("tuyengiao");
    Actor leader = actor("lanhdao");
    if (officer == null || leader == null) {
      return;
    }
    LocalDate d22 = LocalDate.of(2020, 9, 22);
    LocalDate d23 = LocalDate.of(2020, 9, 23);
    LocalDate d24 = LocalDate.of(2020, 9, 24);

    Bulletin preparatory =
        bulletins.recordHistorical(
            d22,
            BulletinSession.PREPARATORY,
            """
            Sáng 22/9/2020, tại Trung tâm Hội nghị tỉnh, Đại hội đại biểu Đảng bộ tỉnh Yên Bái \
            lần thứ XIX, nhiệm kỳ 2020–2025 tiến hành phiên trù bị với sự tham dự của 325 đại \
            biểu chính thức, đại diện cho toàn Đảng bộ tỉnh.

            Đại hội đã bầu Đoàn Chủ tịch, Đoàn Thư ký và Ban Thẩm tra tư cách đại biểu; thông \
            qua Chương trình làm việc, Quy chế làm việc của Đại hội; nghe quán triệt những nội \
            dung cơ bản về công tác bầu cử.

            Tiểu ban Tuyên truyền, phục vụ và bảo vệ Đại hội kiểm tra lần cuối công tác trang \
            trí khánh tiết, nơi ăn nghỉ của đại biểu; lực lượng công an, quân sự triển khai \
            phương án bảo vệ an toàn tuyệt đối địa điểm diễn ra Đại hội.""",
            officer,
            at(d22, 11, 30));
    coverage(
        preparatory,
        officer,
        "Báo Yên Bái",
        CoverageKind.ONLINE,
        "Đại hội đại biểu Đảng bộ tỉnh Yên Bái lần thứ XIX tiến hành phiên trù bị",
        "https://baoyenbai.com.vn/11/phien-tru-bi-dai-hoi-xix",
        d22);
    coverage(
        preparatory,
        officer,
        "Đài PT-TH Yên Bái",
        CoverageKind.TV,
        "Thời sự tối 22/9: Phiên trù bị Đại hội Đảng bộ tỉnh lần thứ XIX",
        "https://yenbaitv.org.vn/thoi-su/phien-tru-bi-dai-hoi-xix",
        d22);

    Bulletin opening =
        bulletins.recordHistorical(
            d23,
            BulletinSession.MORNING,
            """
            Sáng 23/9/2020, Đại hội đại biểu Đảng bộ tỉnh Yên Bái lần thứ XIX, nhiệm kỳ \
            2020–2025 long trọng khai mạc. Dự Đại hội có các đồng chí lãnh đạo Đảng, Nhà nước, \
            đại diện các ban, bộ, ngành Trung ương và lãnh đạo các tỉnh bạn.

            Đại hội nghe diễn văn khai mạc; Báo cáo chính trị của Ban Chấp hành Đảng bộ tỉnh \
            khóa XVIII trình Đại hội; báo cáo kiểm điểm sự lãnh đạo, chỉ đạo nhiệm kỳ 2015–2020, \
            trong đó nhấn mạnh những thành tựu kinh tế - xã hội của tỉnh từ năm 2016 đến nay.

            Phiên khai mạc được truyền hình, phát thanh trực tiếp; các cơ quan báo chí Trung \
            ương và địa phương đưa tin kịp thời.""",
            officer,
            at(d23, 11, 45));
    coverage(
        opening,
        officer,
        "VTV1",
        CoverageKind.TV,
        "Khai mạc Đại hội đại biểu Đảng bộ tỉnh Yên Bái lần thứ XIX",
        "https://vtv.vn/chinh-tri/khai-mac-dai-hoi-dang-bo-tinh-yen-bai",
        d23);
    coverage(
        opening,
        officer,
        "Báo Nhân Dân",
        CoverageKind.PRINT,
        "Yên Bái khai mạc Đại hội Đảng bộ tỉnh lần thứ XIX",
        null,
        d24);
    coverage(
        opening,
        officer,
        "Báo Nhân Dân",
        CoverageKind.ONLINE,
        "Khai mạc Đại hội đại biểu Đảng bộ tỉnh Yên Bái lần thứ XIX, nhiệm kỳ 2020–2025",
        "https://nhandan.vn/tin-tuc-su-kien/khai-mac-dai-hoi-dang-bo-tinh-yen-bai",
        d23);
    coverage(
        opening,
        officer,
        "Đài PT-TH Yên Bái",
        CoverageKind.RADIO,
        "Tường thuật trực tiếp phiên khai mạc Đại hội",
        null,
        d23);
    coverage(
        opening,
        officer,
        "Báo Yên Bái",
        CoverageKind.PRINT,
        "Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX: Khai mạc trọng thể",
        null,
        d24);

    Bulletin discussion =
        bulletins.recordHistorical(
            d23,
            BulletinSession.AFTERNOON,
            """
            Chiều 23/9/2020, Đại hội làm việc tại hội trường, thảo luận các văn kiện trình Đại \
            hội và góp ý vào dự thảo các văn kiện trình Đại hội đại biểu toàn quốc lần thứ XIII \
            của Đảng.

            Các tham luận tập trung vào phát triển kinh tế nông, lâm nghiệp, du lịch, xây dựng \
            nông thôn mới, công tác xây dựng Đảng và hệ thống chính trị; gắn tuyên truyền Đại \
            hội với nhiệm vụ chính trị của tỉnh.

            Tiểu ban nắm bắt diễn biến tư tưởng, tâm trạng xã hội qua các kênh thông tin; dư \
            luận trong cán bộ, đảng viên và nhân dân phấn khởi, tin tưởng vào thành công của \
            Đại hội.""",
            officer,
            at(d23, 17, 30));
    coverage(
        discussion,
        officer,
        "Cổng Thông tin điện tử tỉnh Yên Bái",
        CoverageKind.ONLINE,
        "Đại hội thảo luận các văn kiện trình Đại hội",
        "https://www.yenbai.gov.vn/tin-tuc/dai-hoi-thao-luan-van-kien",
        d23);
    coverage(
        discussion,
        officer,
        "Đài PT-TH Yên Bái",
        CoverageKind.TV,
        "Các đại biểu thảo luận, góp ý văn kiện Đại hội",
        "https://yenbaitv.org.vn/thoi-su/dai-bieu-thao-luan-van-kien",
        d23);

    Bulletin evening =
        bulletins.recordHistorical(
            d23,
            BulletinSession.EVENING,
            """
            Tối 23/9/2020, Thường trực Tiểu ban Tuyên truyền, phục vụ và bảo vệ Đại hội họp \
            rút kinh nghiệm ngày làm việc thứ nhất; thống nhất phương án đưa tin phiên bầu cử \
            và phiên bế mạc, tổ chức họp báo ngay sau khi Đại hội bế mạc.

            Công tác phục vụ, bảo vệ bảo đảm chu đáo, an toàn; không phát sinh vụ việc phức \
            tạp.""",
            leader,
            at(d23, 21, 15));
    coverage(
        evening,
        leader,
        "Báo điện tử Đảng Cộng sản Việt Nam",
        CoverageKind.ONLINE,
        "Yên Bái: Ngày làm việc thứ nhất của Đại hội Đảng bộ tỉnh lần thứ XIX",
        "https://dangcongsan.vn/dai-hoi-dang/yen-bai-ngay-lam-viec-thu-nhat",
        d23);

    Bulletin election =
        bulletins.recordHistorical(
            d24,
            BulletinSession.MORNING,
            """
            Sáng 24/9/2020, Đại hội tiến hành bầu cử Ban Chấp hành Đảng bộ tỉnh khóa XIX, \
            nhiệm kỳ 2020–2025 theo đúng Quy chế bầu cử trong Đảng; sau đó bầu Đoàn đại biểu \
            đi dự Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.

            Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ tỉnh khóa XIX bầu Ban Thường vụ, Bí \
            thư, Phó Bí thư Tỉnh ủy và Ủy ban Kiểm tra Tỉnh ủy. Thông tin về nhân sự chỉ được \
            đăng tải sau khi Đoàn Chủ tịch công bố.""",
            officer,
            at(d24, 11, 45));
    coverage(
        election,
        officer,
        "Báo Yên Bái",
        CoverageKind.ONLINE,
        "Ra mắt Ban Chấp hành Đảng bộ tỉnh khóa XIX, nhiệm kỳ 2020–2025",
        "https://baoyenbai.com.vn/11/ra-mat-ban-chap-hanh-khoa-xix",
        d24);
    coverage(
        election,
        officer,
        "VTV1",
        CoverageKind.TV,
        "Yên Bái bầu Ban Chấp hành Đảng bộ tỉnh khóa mới",
        null,
        d24);

    Bulletin closing =
        bulletins.recordHistorical(
            d24,
            BulletinSession.AFTERNOON,
            """
            Chiều 24/9/2020, Đại hội thông qua Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Yên Bái \
            lần thứ XIX và bế mạc sau ba ngày làm việc khẩn trương, dân chủ, trách nhiệm.

            Ngay sau phiên bế mạc, Tiểu ban tổ chức họp báo thông tin kết quả Đại hội; các cơ \
            quan báo chí tiếp tục đưa tin đậm nét về kết quả Đại hội. Tiểu ban xây dựng báo cáo \
            nhanh kết quả Đại hội và chuẩn bị kế hoạch học tập, quán triệt nghị quyết.""",
            leader,
            at(d24, 17, 30));
    coverage(
        closing,
        leader,
        "Đài PT-TH Yên Bái",
        CoverageKind.TV,
        "Bế mạc Đại hội đại biểu Đảng bộ tỉnh Yên Bái lần thứ XIX",
        "https://yenbaitv.org.vn/thoi-su/be-mac-dai-hoi-xix",
        d24);
    coverage(
        closing,
        leader,
        "Báo Nhân Dân",
        CoverageKind.ONLINE,
        "Bế mạc Đại hội đại biểu Đảng bộ tỉnh Yên Bái lần thứ XIX",
        "https://nhandan.vn/tin-tuc-su-kien/be-mac-dai-hoi-dang-bo-tinh-yen-bai",
        d24);
    coverage(
        closing,
        leader,
        "Báo Yên Bái",
        CoverageKind.PRINT,
        "Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX thành công tốt đẹp",
        null,
        LocalDate.of(2020, 9, 25));
    log.info("Demo bulletins loaded: 6 bulletins with their media coverage.");
  }

  private void coverage(
      Bulletin bulletin,
      Actor author,
      String outlet,
      CoverageKind kind,
      String title,
      String url,
      LocalDate publishedOn) {
    bulletins.recordHistoricalCoverage(
        bulletin.getId(), new CoverageFields(outlet, kind, title, url, publishedOn), author);
  }

  /** When the bulletin was posted: the end of its session, in the congress's time zone. */
  private static Instant at(LocalDate day, int hour, int minute) {
    return day.atTime(hour, minute).atZone(ZONE).toInstant();
  }

  private Actor actor(String username) {
    return accounts.all().stream()
        .filter(u -> u.getUsername().equals(username))
        .findFirst()
        .map(u -> u.toActor())
        .orElse(null);
  }
}
