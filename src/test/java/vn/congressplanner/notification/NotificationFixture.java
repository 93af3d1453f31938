package vn.congressplanner.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congressplanner.account.AccountService;
import vn.congressplanner.account.Actor;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.account.Role;
import vn.congressplanner.congress.Phase;
import vn.congressplanner.congress.Workstream;
import vn.congressplanner.department.DepartmentKind;
import vn.congressplanner.department.DepartmentService;
import vn.congressplanner.task.Task;
import vn.congressplanner.task.TaskCommand;
import vn.congressplanner.task.TaskService;

/**
 * Departments, users and tasks of a test's own, made through the services (so that only they are in
 * those departments and assertions are exact), and the in-JVM SMTP server.
 */
class NotificationFixture {

  static final int SMTP_PORT = 39125;
  static final String PASSWORD = "Thu-nghiem@2019";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static GreenMail smtp;

  final AccountService accounts;
  final DepartmentService departments;
  final TaskService tasks;
  final NotificationService notifications;
  final JdbcTemplate jdbc;

  NotificationFixture(org.springframework.context.ApplicationContext context) {
    this.accounts = context.getBean(AccountService.class);
    this.departments = context.getBean(DepartmentService.class);
    this.tasks = context.getBean(TaskService.class);
    this.notifications = context.getBean(NotificationService.class);
    this.jdbc = context.getBean(JdbcTemplate.class);
  }

  /** A real SMTP server in this JVM (GreenMail), started once; mails are purged per test. */
  static synchronized GreenMail smtp() {
    if (smtp == null || !smtp.isRunning()) {
      smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      smtp.start();
    }
    return smtp;
  }

  static synchronized void stopSmtp() {
    if (smtp != null) {
      smtp.stop();
      smtp = null;
    }
  }

  static String unique() {
    return Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQUENCE.incrementAndGet();
  }

  long department() {
    String u = unique();
    return departments
        .create(
            new DepartmentService.Fields(
                "Đơn vị thử " + u, "T" + u.toUpperCase(), DepartmentKind.OTHER, true),
            "test")
        .getId();
  }

  /** A user of the department; with an e-mail address (and e-mail on) when {@code email}. */
  Actor user(Role role, long department, Clearance clearance, boolean email) {
    String name = "u" + unique();
    Actor actor =
        accounts.createWithOwnPassword(
            name,
            new AccountService.UserChange("Cán bộ " + name, role, department, clearance, true),
            PASSWORD,
            Actor.system());
    if (email) {
      notifications.savePreferences(actor, name + "@donvi.example.vn", true);
    }
    return actor;
  }

  static String email(Actor actor) {
    return actor.username() + "@donvi.example.vn";
  }

  /** A BEFORE propaganda task (deadline before the 2020 opening). */
  Task task(
      String title, long lead, List<Long> cooperating, LocalDate deadline, Clearance clearance) {
    return tasks.create(
        new TaskCommand(
            title,
            "Nội dung " + title,
            Workstream.PROPAGANDA,
            Phase.BEFORE,
            lead,
            cooperating,
            null,
            null,
            deadline,
            null,
            null,
            null,
            null,
            null,
            clearance,
            null,
            null),
        Actor.system());
  }

  /** Kinds of the notifications about a subject, as "username:KIND:day", sorted. */
  List<String> about(long subjectId) {
    return jdbc.queryForList(
        "select u.username || ':' || n.kind || ':' || n.reminder_day from notification n"
            + " join app_user u on u.id = n.recipient_id where n.subject_id = ?"
            + " and n.subject_type = 'TASK' order by 1",
        String.class,
        subjectId);
  }

  long outbox(String recipient) {
    return jdbc.queryForObject(
        "select count(*) from mail_outbox where recipient = ?", Long.class, recipient);
  }
}
