package vn.congressplanner.milestone.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import vn.congressplanner.congress.Workstream;
import vn.congressplanner.department.Department;
import vn.congressplanner.department.DepartmentKind;
import vn.congressplanner.department.DepartmentService;
import vn.congressplanner.milestone.DeliverableKind;
import vn.congressplanner.milestone.Milestone;
import vn.congressplanner.milestone.MilestoneService;
import vn.congressplanner.system.ConflictException;
import vn.congressplanner.system.RuleViolation;
import vn.congressplanner.system.RuleViolationException;
import vn.congressplanner.system.WebSlice;
import vn.congressplanner.system.WebSliceUsers;

/**
 * The milestone form's controller alone (no database): D8's refusal as a field error next to
 * "changeReason", the one conflict notice with 409 for a stale version, and bean validation that
 * never reaches the service.
 */
@WebMvcTest(MilestoneController.class)
@WebSlice
class MilestoneControllerSliceTests {

  @Autowired MockMvc mvc;
  @MockitoBean MilestoneService milestones;
  @MockitoBean DepartmentService departments;

  Milestone milestone;

  @BeforeEach
  void aMilestone() {
    Department office = new Department("Văn phòng Tỉnh ủy", "VPTU", DepartmentKind.PARTY_BOARD);
    ReflectionTestUtils.setField(office, "id", 1L);
    milestone =
        new Milestone(
            null,
            "Kế hoạch phục vụ Đại hội",
            Workstream.SERVICE,
            LocalDate.of(2019, 10, 30),
            DeliverableKind.PLAN,
            "Thường trực Tỉnh ủy",
            office);
    ReflectionTestUtils.setField(milestone, "id", 7L);
    when(milestones.get(7L)).thenReturn(milestone);
  }

  @Test
  void aDateChangeWithoutReasonIsShownNextToTheReasonField() throws Exception {
    when(milestones.update(eq(7L), any(), any()))
        .thenThrow(
            new RuleViolationException(
                new RuleViolation("changeReason", "milestone.changeReason.required")));
    mvc.perform(form().param("dueDate", "2019-10-25"))
        .andExpect(view().name("milestones/form"))
        .andExpect(
            model()
                .attributeHasFieldErrorCode(
                    "milestoneForm", "changeReason", "milestone.changeReason.required"));
  }

  @Test
  void aStaleVersionShowsTheConflictNoticeAboveTheCurrentValues() throws Exception {
    when(milestones.update(eq(7L), any(), any())).thenThrow(new ConflictException("milestone", 7L));
    mvc.perform(form().param("dueDate", "2019-10-30").param("title", "Bản của tôi"))
        .andExpect(status().isConflict())
        .andExpect(view().name("milestones/form"))
        .andExpect(model().attribute("conflict", true))
        .andExpect(content().string(Matchers.containsString("data-testid=\"conflict-notice\"")))
        .andExpect(content().string(Matchers.containsString("Kế hoạch phục vụ Đại hội")));
  }

  @Test
  void aMissingDueDateIsABindingErrorAndTheServiceIsNotAsked() throws Exception {
    mvc.perform(form().param("dueDate", ""))
        .andExpect(view().name("milestones/form"))
        .andExpect(model().attributeHasFieldErrors("milestoneForm", "dueDate"));
    verify(milestones, never()).update(anyLong(), any(), any());
  }

  private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder form() {
    return post("/milestones/7")
        .with(user(WebSliceUsers.leader()))
        .with(csrf())
        .param("title", "Kế hoạch phục vụ Đại hội")
        .param("workstream", "SERVICE")
        .param("kind", "PLAN")
        .param("submitTo", "Thường trực Tỉnh ủy")
        .param("responsibleDepartment", "1")
        .param("version", "0");
  }
}
