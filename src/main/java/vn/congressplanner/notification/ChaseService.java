package vn.congressplanner.notification;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congressplanner.account.AccountService;
import vn.congressplanner.account.Actor;
import vn.congressplanner.account.UserAccount;
import vn.congressplanner.history.Changes;
import vn.congressplanner.history.HistoryService;
import vn.congressplanner.notification.internal.NotificationStore;
import vn.congressplanner.system.ForbiddenException;
import vn.congressplanner.system.RuleViolation;
import vn.congressplanner.system.RuleViolationException;
import vn.congressplanner.system.Texts;
import vn.congressplanner.system.Today;
import vn.congressplanner.task.Task;
import vn.congressplanner.task.TaskService;

/**
 * Chasing (đôn đốc): a LEADER or ADMIN chases a task's lead department with a short message. The
 * chase is kept in the task's history and reaches the lead department's users who may see the task,
 * in the app and by e-mail; all in one transaction, so that a refused chase leaves nothing.
 */
@Service
public class ChaseService {

  public static final int MAX_MESSAGE = 1000;

  private final TaskService tasks;
  private final AccountService accounts;
  private final HistoryService history;
  private final NotificationStore store;
  private final Notifier notifier;
  private final Today today;
  private final Clock clock;

  ChaseService(
      TaskService tasks,
      AccountService accounts,
      HistoryService history,
      NotificationStore store,
      Notifier notifier,
      Today today,
      Clock clock) {
    this.tasks = tasks;
    this.accounts = accounts;
    this.history = history;
    this.store = store;
    this.notifier = notifier;
    this.today = today;
    this.clock = clock;
  }

  public boolean canChase(Actor actor) {
    return actor.isLeader();
  }

  /**
   * Chases the task's lead department. 404 above the actor's clearance, 403 for STAFF, a violation
   * next to {@code message} when it is blank or too long; in each case nothing is written.
   *
   * @return how many users were notified
   */
  @Transactional
  public int chase(long taskId, String message, Actor actor) {
    Task task = tasks.get(taskId, actor);
    if (!canChase(actor)) {
      throw new ForbiddenException("only leaders and administrators chase");
    }
    String text = Texts.clean(message);
    if (text == null) {
      throw new RuleViolationException(
          List.of(new RuleViolation("message", "chase.message.required")));
    }
    if (text.length() > MAX_MESSAGE) {
      throw new RuleViolationException(
          List.of(new RuleViolation("message", "chase.message.tooLong", MAX_MESSAGE)));
    }
    long chaseId = store.insertChase(taskId, actor.username(), text, clock.instant());
    history.record(
        TaskService.HISTORY_TYPE,
        taskId,
        actor.username(),
        new Changes().event("chase", text),
        null);
    long lead = task.getLeadDepartment().getId();
    int notified = 0;
    for (UserAccount user : accounts.all()) {
      Actor recipient = user.toActor();
      if (user.isEnabled()
          && recipient.belongsTo(lead)
          && !recipient.username().equals(actor.username())) {
        if (notifier.deliver(
            NotificationKind.TASK_CHASED,
            taskId,
            task.getTitle(),
            task.getConfidentiality(),
            recipient,
            today.date(),
            chaseId,
            List.of(actor.fullName(), text))) {
          notified++;
        }
      }
    }
    return notified;
  }
}
