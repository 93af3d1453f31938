package vn.congressplanner.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congressplanner.account.Actor;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.account.Role;
import vn.congressplanner.department.internal.DepartmentRepository;
import vn.congressplanner.support.IntegrationTest;
import vn.congressplanner.system.ConflictException;

/**
 * Issue 11 §8: a progress report is appended, it does not edit the task, so it must not need the
 * task's version: 20 reports sent at once by 20 people all succeed. The task's own progress and
 * status still change safely: an edit opened before a report is refused as stale.
 */
@IntegrationTest
class ParallelProgressTests {

  static final int REPORTERS = 20;

  @Autowired TaskService service;
  @Autowired DepartmentRepository departments;
  @Autowired JdbcTemplate jdbc;

  @Test
  void twentyReportsAtOnceAllSucceed() throws Exception {
    TaskFixtures f = new TaskFixtures(departments, jdbc);
    Task task =
        service.create(f.command("Song song " + TaskFixtures.token(), "TGTU").build(), f.admin());
    List<Callable<Integer>> reports = new ArrayList<>();
    for (int i = 1; i <= REPORTERS; i++) {
      int progress = i;
      Actor reporter =
          new Actor(
              null,
              "baocao" + i,
              "Người báo cáo " + i,
              Role.LEADER,
              f.departmentId("VPTU"),
              Clearance.SECRET);
      reports.add(
          () -> {
            service.reportProgress(task.getId(), progress, "Báo cáo số " + progress, reporter);
            return progress;
          });
    }
    ExecutorService pool = Executors.newFixedThreadPool(REPORTERS);
    List<String> failures = new ArrayList<>();
    try {
      for (Future<Integer> done : pool.invokeAll(reports)) {
        try {
          done.get();
        } catch (java.util.concurrent.ExecutionException e) {
          failures.add(String.valueOf(e.getCause()));
        }
      }
    } finally {
      pool.shutdown();
    }

    assertThat(failures).as("refused reports").isEmpty();
    assertThat(service.reports(task.getId(), f.admin())).hasSize(REPORTERS);
    Task after = service.get(task.getId(), f.admin());
    assertThat(after.getStatus()).isEqualTo(TaskStatus.IN_PROGRESS);
    // The task's progress is one of the reported values: the last report to commit.
    assertThat(after.getProgress()).isBetween(1, REPORTERS);
    assertThat(after.getVersion()).isGreaterThan(task.getVersion());
  }

  @Test
  void anEditOpenedBeforeAReportIsStale() {
    TaskFixtures f = new TaskFixtures(departments, jdbc);
    Task task =
        service.create(
            f.command("Sửa sau báo cáo " + TaskFixtures.token(), "TGTU").build(), f.admin());
    TaskFixtures.Command edit = TaskFixtures.Command.of(service.get(task.getId(), f.admin()));

    service.reportProgress(task.getId(), 40, "Đã làm gần một nửa", f.leader());

    edit.title = edit.title + " (sửa)";
    assertThatThrownBy(() -> service.update(task.getId(), edit.build(), f.admin()))
        .isInstanceOf(ConflictException.class);
    Task after = service.get(task.getId(), f.admin());
    assertThat(after.getProgress()).isEqualTo(40);
    assertThat(after.getTitle()).isEqualTo(task.getTitle());
  }
}
