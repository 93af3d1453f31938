package vn.congressplanner.department;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The pre-rendered department options: escaped, the chosen one marked, rebuilt on a new list. */
class DepartmentOptionsHtmlTests {

  static Department department(long id, String name) {
    Department d = new Department(name, "D" + id, DepartmentKind.OTHER);
    ReflectionTestUtils.setField(d, "id", id);
    return d;
  }

  final DepartmentOptionsHtml options = new DepartmentOptionsHtml();

  @Test
  void namesAreEscapedAndOnlyTheChosenOptionIsSelected() {
    List<Department> list =
        List.of(department(1, "Ban Tuyên giáo <Tỉnh ủy> & \"báo\""), department(12, "Sở Y tế"));
    assertThat(options.html(list, 12L))
        .isEqualTo(
            "<option value=\"1\">Ban Tuyên giáo &lt;Tỉnh ủy&gt; &amp; &quot;báo&quot;</option>"
                + "<option selected value=\"12\">Sở Y tế</option>");
    assertThat(options.html(list, null)).doesNotContain("selected");
    assertThat(options.html(list, 2L)).doesNotContain("selected"); // 2 is not 12's prefix
  }

  @Test
  void aNewListOfDepartmentsIsRenderedAgain() {
    assertThat(options.html(List.of(department(1, "Văn phòng")), null)).contains("Văn phòng");
    assertThat(options.html(List.of(department(1, "Văn phòng Tỉnh ủy")), null))
        .contains("Văn phòng Tỉnh ủy");
  }
}
