package vn.congressplanner.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.text.Normalizer;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.congressplanner.department.internal.DepartmentRepository;
import vn.congressplanner.support.IntegrationTest;

@IntegrationTest
class DepartmentAdminTests {

  @Autowired MockMvc mvc;
  @Autowired DepartmentRepository departments;
  @Autowired UserDetailsService userDetails;
  @Autowired DataSource dataSource;

  UserDetails admin() {
    return userDetails.loadUserByUsername("admin");
  }

  @Test
  void createsADepartmentWithNfcName() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String nfd = Normalizer.normalize("Ban Kiểm tra thử " + suffix, Normalizer.Form.NFD);
    mvc.perform(
            post("/admin/departments")
                .with(user(admin()))
                .with(csrf())
                .param("name", "  " + nfd + " ")
                .param("code", "KT" + suffix)
                .param("kind", "PARTY_BOARD")
                .param("active", "true"))
        .andExpect(redirectedUrl("/admin/departments"));
    Department saved = departments.findByCodeIgnoreCase("KT" + suffix).orElseThrow();
    assertThat(saved.getName()).isEqualTo("Ban Kiểm tra thử " + suffix);
    assertThat(Normalizer.isNormalized(saved.getName(), Normalizer.Form.NFC)).isTrue();
  }

  @Test
  void refusesANameThatDiffersOnlyInCaseOrNormalFormAndChangesNothing() throws Exception {
    long before = departments.count();
    String nfdUpper = Normalizer.normalize("BAN TUYÊN GIÁO TỈNH ỦY", Normalizer.Form.NFD);
    mvc.perform(
            post("/admin/departments")
                .with(user(admin()))
                .with(csrf())
                .param("name", nfdUpper)
                .param("code", "TGTU2")
                .param("kind", "PARTY_BOARD"))
        .andExpect(status().isOk())
        .andExpect(model().attributeHasFieldErrorCode("form", "name", "department.name.taken"));
    assertThat(departments.count()).isEqualTo(before);
    assertThat(departments.findByCodeIgnoreCase("TGTU2")).isEmpty();
  }

  @Test
  void refusesADuplicateCodeAndBlankName() throws Exception {
    long before = departments.count();
    mvc.perform(
            post("/admin/departments")
                .with(user(admin()))
                .with(csrf())
                .param("name", "Đơn vị mã trùng")
                .param("code", "cat")
                .param("kind", "OTHER"))
        .andExpect(status().isOk())
        .andExpect(model().attributeHasFieldErrorCode("form", "code", "department.code.taken"));
    mvc.perform(
            post("/admin/departments")
                .with(user(admin()))
                .with(csrf())
                .param("name", "   ")
                .param("code", "ZZ")
                .param("kind", "OTHER"))
        .andExpect(status().isOk())
        .andExpect(model().attributeHasFieldErrorCode("form", "name", "NotBlank"));
    assertThat(departments.count()).isEqualTo(before);
  }

  @Test
  void theDatabaseItselfRefusesCaseAndNormalFormDuplicates() {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    jdbc.update(
        "insert into department (name, name_key, code, kind) values (?, ?, ?, 'OTHER')",
        "Sở Thử Nghiệm " + suffix,
        "key-a-" + suffix,
        "SA" + suffix);
    // Bypassing the application (another name_key): PostgreSQL's own index still refuses it.
    assertThatThrownBy(
            () ->
                jdbc.update(
                    "insert into department (name, name_key, code, kind) values (?, ?, ?, 'OTHER')",
                    "SỞ THỬ NGHIỆM " + suffix,
                    "key-b-" + suffix,
                    "SB" + suffix))
        .isInstanceOf(DataIntegrityViolationException.class);
    // And a decomposed name is not NFC: refused by the check constraint.
    assertThatThrownBy(
            () ->
                jdbc.update(
                    "insert into department (name, name_key, code, kind) values (?, ?, ?, 'OTHER')",
                    Normalizer.normalize("Sở Khác " + suffix, Normalizer.Form.NFD),
                    "key-c-" + suffix,
                    "SC" + suffix))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void deactivatesInsteadOfDeleting() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    Department d =
        departments.save(
            new Department("Đơn vị tạm " + suffix, "TMP" + suffix, DepartmentKind.OTHER));
    mvc.perform(
            post("/admin/departments/" + d.getId())
                .with(user(admin()))
                .with(csrf())
                .param("name", d.getName())
                .param("code", d.getCode())
                .param("kind", "OTHER")
                .param("_active", "on"))
        .andExpect(redirectedUrl("/admin/departments"));
    assertThat(departments.findById(d.getId()).orElseThrow().isActive()).isFalse();
  }

  @Test
  void aStaleVersionIsRefusedAndOverwritesNothing() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    Department d =
        departments.save(
            new Department("Đơn vị cũ " + suffix, "OLD" + suffix, DepartmentKind.OTHER));
    mvc.perform(
            post("/admin/departments/" + d.getId())
                .with(user(admin()))
                .with(csrf())
                .param("name", "Đơn vị ghi đè " + suffix)
                .param("code", d.getCode())
                .param("kind", "OTHER")
                .param("active", "true")
                .param("version", String.valueOf(d.getVersion() + 1)))
        .andExpect(status().isOk())
        .andExpect(model().attributeHasErrors("form"));
    assertThat(departments.findById(d.getId()).orElseThrow().getName())
        .isEqualTo("Đơn vị cũ " + suffix);
  }
}
