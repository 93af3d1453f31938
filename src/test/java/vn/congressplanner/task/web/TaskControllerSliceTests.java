package vn.congressplanner.task.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import vn.congressplanner.account.Actor;
import vn.congressplanner.department.Department;
import vn.congressplanner.department.DepartmentKind;
import vn.congressplanner.department.DepartmentService;
import vn.congressplanner.system.RuleViolation;
import vn.congressplanner.system.RuleViolationException;
import vn.congressplanner.system.WebSlice;
import vn.congressplanner.system.WebSliceUsers;
import vn.congressplanner.task.TaskCommand;
import vn.congressplanner.task.TaskService;

/**
 * The task form's controller alone (no database, services mocked): which view, which model, which
 * field error code for bad input and for a rule the service refuses. Runs on a laptop without
 * PostgreSQL.
 */
@WebMvcTest(TaskController.class)
@WebSlice
@Import(TaskListRows.class)
class TaskControllerSliceTests {

  @Autowired MockMvc mvc;
  @MockitoBean TaskService tasks;
  @MockitoBean DepartmentService departments;
  @MockitoBean TaskHistoryView history;

  @BeforeEach
  void services() {
    Department own = new Department("Ban Tuyên giáo Tỉnh ủy", "TGTU", DepartmentKind.PARTY_BOARD);
    ReflectionTestUtils.setField(own, "id", WebSliceUsers.STAFF_DEPARTMENT);
    when(departments.get(WebSliceUsers.STAFF_DEPARTMENT)).thenReturn(own);
    when(departments.active()).thenReturn(List.of(own));
    when(tasks.canChooseLead(any())).thenAnswer(call -> call.<Actor>getArgument(0).isLeader());
  }

  @Test
  void theNewTaskFormOffersStaffTheirOwnDepartmentOnly() throws Exception {
    mvc.perform(get("/tasks/new").with(user(WebSliceUsers.staff())))
        .andExpect(status().isOk())
        .andExpect(view().name("tasks/form"))
        .andExpect(model().attributeExists("taskForm", "leadChoices", "milestones"));
  }

  @Test
  void aMistypedDateIsAFieldErrorAndTheServiceIsNotAsked() throws Exception {
    mvc.perform(
            post("/tasks")
                .with(user(WebSliceUsers.leader()))
                .with(csrf())
                .param("title", "Tuyên truyền về Đại hội")
                .param("workstream", "PROPAGANDA")
                .param("phase", "BEFORE")
                .param("leadDepartment", "2")
                .param("deadline", "2019-02-31"))
        .andExpect(status().isOk())
        .andExpect(view().name("tasks/form"))
        .andExpect(model().attributeHasFieldErrorCode("taskForm", "deadline", "typeMismatch"))
        .andExpect(model().attribute("taskForm", org.hamcrest.Matchers.notNullValue()));
    verify(tasks, never()).create(any(), any());
  }

  @Test
  void aRuleTheServiceRefusesIsShownNextToItsFieldWithTheInputKept() throws Exception {
    when(tasks.create(any(TaskCommand.class), any(Actor.class)))
        .thenThrow(
            new RuleViolationException(
                new RuleViolation("deadline", "task.deadline.outsidePhase", "23/09/2020")));
    mvc.perform(
            post("/tasks")
                .with(user(WebSliceUsers.leader()))
                .with(csrf())
                .param("title", "Tuyên truyền về Đại hội")
                .param("workstream", "PROPAGANDA")
                .param("phase", "BEFORE")
                .param("leadDepartment", "2")
                .param("deadline", "2020-10-01"))
        .andExpect(status().isOk())
        .andExpect(view().name("tasks/form"))
        .andExpect(
            model()
                .attributeHasFieldErrorCode("taskForm", "deadline", "task.deadline.outsidePhase"))
        .andExpect(
            result ->
                org.assertj.core.api.Assertions.assertThat(
                        ((TaskForm) result.getModelAndView().getModel().get("taskForm")).getTitle())
                    .isEqualTo("Tuyên truyền về Đại hội"));
  }

  @Test
  void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
    mvc.perform(post("/tasks").with(user(WebSliceUsers.leader())).param("title", "x"))
        .andExpect(status().isForbidden());
    verify(tasks, never()).create(any(), any());
  }
}
