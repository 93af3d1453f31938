package vn.congressplanner.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congressplanner.department.internal.DepartmentRepository;
import vn.congressplanner.support.IntegrationTest;

/**
 * A task's change publishes its past-tense event into Spring Modulith's publication registry in the
 * same transaction as the change, and the listener in another module (the dashboard's cache)
 * completes it after the commit.
 */
@IntegrationTest
class TaskEventsTests {

  @Autowired TaskService service;
  @Autowired DepartmentRepository departments;
  @Autowired JdbcTemplate jdbc;

  @Test
  void creatingATaskPublishesTaskCreatedAndItsListenerCompletesIt() {
    TaskFixtures f = new TaskFixtures(departments, jdbc);
    long before = publications("vn.congressplanner.task.TaskCreated");
    Task task =
        service.create(f.command("Sự kiện " + TaskFixtures.token(), "TGTU").build(), f.admin());
    assertThat(task.getId()).isNotNull();

    assertThat(publications("vn.congressplanner.task.TaskCreated")).isEqualTo(before + 1);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(
                        jdbc.queryForObject(
                            "select count(*) from event_publication where event_type = ?"
                                + " and completion_date is null",
                            Long.class,
                            "vn.congressplanner.task.TaskCreated"))
                    .isZero());
    assertThat(
            jdbc.queryForObject(
                "select serialized_event from event_publication where event_type = ?"
                    + " order by publication_date desc limit 1",
                String.class,
                "vn.congressplanner.task.TaskCreated"))
        .contains("\"taskId\":" + task.getId());
  }

  private long publications(String type) {
    return jdbc.queryForObject(
        "select count(*) from event_publication where event_type = ?", Long.class, type);
  }
}
