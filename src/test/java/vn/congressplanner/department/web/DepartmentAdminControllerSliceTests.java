package vn.congressplanner.department.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import vn.congressplanner.department.Department;
import vn.congressplanner.department.DepartmentKind;
import vn.congressplanner.department.DepartmentService;
import vn.congressplanner.system.ConflictException;
import vn.congressplanner.system.RuleViolation;
import vn.congressplanner.system.RuleViolationException;
import vn.congressplanner.system.WebSlice;
import vn.congressplanner.system.WebSliceUsers;

/** The department admin controller alone: field errors, a taken name, a stale version. */
@WebMvcTest(DepartmentAdminController.class)
@WebSlice
class DepartmentAdminControllerSliceTests {

  @Autowired MockMvc mvc;
  @MockitoBean DepartmentService departments;

  @Test
  void aBlankNameIsAFieldErrorAndNothingIsCreated() throws Exception {
    mvc.perform(
            post("/admin/departments")
                .with(user(WebSliceUsers.admin()))
                .with(csrf())
                .param("name", " ")
                .param("code", "BYB")
                .param("kind", "MEDIA"))
        .andExpect(view().name("admin/departments"))
        .andExpect(model().attributeHasFieldErrorCode("form", "name", "NotBlank"));
    verify(departments, never()).create(any(), anyString());
  }

  @Test
  void aTakenNameIsShownNextToTheName() throws Exception {
    when(departments.create(any(), anyString()))
        .thenThrow(
            new RuleViolationException(
                new RuleViolation("name", "department.name.taken", "Báo Yên Bái")));
    mvc.perform(
            post("/admin/departments")
                .with(user(WebSliceUsers.admin()))
                .with(csrf())
                .param("name", "Báo Yên Bái")
                .param("code", "BYB2")
                .param("kind", "MEDIA"))
        .andExpect(view().name("admin/departments"))
        .andExpect(model().attributeHasFieldErrorCode("form", "name", "department.name.taken"));
  }

  @Test
  void aValidDepartmentIsCreatedAndTheListShown() throws Exception {
    Department created = new Department("Báo Yên Bái", "BYB", DepartmentKind.MEDIA);
    ReflectionTestUtils.setField(created, "id", 3L);
    when(departments.create(any(), anyString())).thenReturn(created);
    mvc.perform(
            post("/admin/departments")
                .with(user(WebSliceUsers.admin()))
                .with(csrf())
                .param("name", "Báo Yên Bái")
                .param("code", "BYB")
                .param("kind", "MEDIA"))
        .andExpect(redirectedUrl("/admin/departments"));
  }

  @Test
  void aStaleVersionKeepsWhatWasTypedWithTheConflictNotice() throws Exception {
    Department stored = new Department("Báo Yên Bái", "BYB", DepartmentKind.MEDIA);
    ReflectionTestUtils.setField(stored, "id", 3L);
    when(departments.get(3L)).thenReturn(stored);
    when(departments.update(eq(3L), any(), any(), anyString()))
        .thenThrow(new ConflictException("department", 3L));
    mvc.perform(
            post("/admin/departments/3")
                .with(user(WebSliceUsers.admin()))
                .with(csrf())
                .param("name", "Báo Yên Bái (mới)")
                .param("code", "BYB")
                .param("kind", "MEDIA")
                .param("active", "true")
                .param("version", "0"))
        .andExpect(model().attribute("conflict", true))
        .andExpect(model().attributeHasErrors("form"));
    verify(departments, never()).create(any(), anyString());
  }
}
