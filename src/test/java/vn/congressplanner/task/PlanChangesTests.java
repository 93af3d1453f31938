package vn.congressplanner.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congressplanner.support.IntegrationTest;

/**
 * The plan's change stamp is counted by PostgreSQL (V70): once per committed transaction that
 * writes tasks or their cooperating departments, not for a rolled-back one, not before the commit,
 * and independent of any instance's clock. Writes here change nothing (a column set to itself, a
 * row removed and put back), so the shared demo data stays as it is.
 */
@IntegrationTest
class PlanChangesTests {

  @Autowired PlanChanges planChanges;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate tx;

  List<Long> someTasks() {
    return jdbc.queryForList("select id from task order by id limit 3", Long.class);
  }

  @Test
  void aCommittedTransactionThatWritesSeveralTasksMovesTheStampByOne() {
    long before = planChanges.stamp();
    tx.executeWithoutResult(
        s -> {
          for (long id : someTasks()) {
            jdbc.update("update task set title = title where id = ?", id);
          }
        });
    assertThat(planChanges.stamp()).isEqualTo(before + 1);
    tx.executeWithoutResult(
        s -> jdbc.update("update task set title = title where id = ?", someTasks().get(0)));
    assertThat(planChanges.stamp()).isEqualTo(before + 2);
  }

  @Test
  void aRolledBackTransactionLeavesTheStamp() {
    long before = planChanges.stamp();
    tx.executeWithoutResult(
        s -> {
          jdbc.update("update task set title = title where id = ?", someTasks().get(0));
          s.setRollbackOnly();
        });
    assertThatThrownBy(
            () ->
                tx.executeWithoutResult(
                    s -> {
                      jdbc.update("update task set title = title where id = ?", someTasks().get(0));
                      throw new IllegalStateException("refused half-way");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(planChanges.stamp()).isEqualTo(before);
  }

  @Test
  void anotherConnectionSeesTheNewStampOnlyOnceTheChangeCommitted() {
    long before = planChanges.stamp();
    long[] seenInside = new long[1];
    tx.executeWithoutResult(
        s -> {
          jdbc.update("update task set title = title where id = ?", someTasks().get(0));
          // Outside this transaction: a reader on another connection, as another instance reads.
          seenInside[0] =
              new TransactionTemplate(tx.getTransactionManager()) {
                {
                  setPropagationBehavior(PROPAGATION_REQUIRES_NEW);
                }
              }.execute(t -> planChanges.stamp());
        });
    assertThat(seenInside[0]).isEqualTo(before);
    assertThat(planChanges.stamp()).isEqualTo(before + 1);
  }

  @Test
  void aChangeOfCooperatingDepartmentsAloneMovesTheStamp() {
    Long[] row =
        jdbc.query(
            "select task_id, department_id from task_cooperating_department order by task_id limit 1",
            rs -> rs.next() ? new Long[] {rs.getLong(1), rs.getLong(2)} : null);
    assertThat(row).as("a demo task with a cooperating department").isNotNull();
    long before = planChanges.stamp();
    tx.executeWithoutResult(
        s -> {
          jdbc.update(
              "delete from task_cooperating_department where task_id = ? and department_id = ?",
              row[0],
              row[1]);
          jdbc.update(
              "insert into task_cooperating_department (task_id, department_id) values (?, ?)",
              row[0],
              row[1]);
        });
    assertThat(planChanges.stamp()).isEqualTo(before + 1);
  }

  @Test
  void readingAndOtherTablesLeaveTheStamp() {
    long before = planChanges.stamp();
    tx.executeWithoutResult(
        s -> {
          jdbc.queryForObject("select count(*) from task", Long.class);
          jdbc.update(
              "update department set name = name where id = (select min(id) from department)");
        });
    assertThat(planChanges.stamp()).isEqualTo(before);
  }
}
