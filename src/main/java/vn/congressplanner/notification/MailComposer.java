package vn.congressplanner.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.system.Formats;

/**
 * Writes a reminder's e-mail in Vietnamese, as plain text and HTML, with a link into the
 * application. A classified task's title, content and chase message never go into a mail: the mail
 * says only that a classified task needs attention (SPEC §2.11).
 */
@Component
class MailComposer {

  static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  record Mail(String subject, String text, String html) {}

  private final MessageSource messages;
  private final ReminderProperties settings;

  MailComposer(MessageSource messages, ReminderProperties settings) {
    this.messages = messages;
    this.settings = settings;
  }

  Mail compose(
      NotificationKind kind,
      long subjectId,
      String title,
      Clearance confidentiality,
      String recipientName,
      List<String> args) {
    boolean classified = kind.aboutTask() && confidentiality != Clearance.NORMAL;
    String link;
    String subject;
    String line;
    if (classified) {
      link = settings.baseUrl() + "/notifications";
      subject = msg("mail.subject.classified");
      line = msg("mail.classified");
    } else {
      link = settings.baseUrl() + (kind.aboutTask() ? "/tasks/" : "/milestones/") + subjectId;
      subject = msg("mail.subject." + kind.name(), title);
      line = msg("notification." + kind.name(), NotificationTexts.arguments(kind, title, args));
    }
    String greeting = msg("mail.greeting", recipientName);
    String open = msg("mail.open");
    String footer = msg("mail.footer");
    String text =
        greeting + "\n\n" + line + "\n\n" + open + " " + link + "\n\n-- \n" + footer + "\n";
    String html =
        "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>"
            + esc(subject)
            + "</title></head><body><p>"
            + esc(greeting)
            + "</p><p>"
            + esc(line)
            + "</p><p><a href=\""
            + esc(link)
            + "\">"
            + esc(open)
            + "</a></p><p style=\"color:#666;font-size:small\">"
            + esc(footer)
            + "</p></body></html>";
    return new Mail(subject, text, html);
  }

  private String msg(String key, Object... args) {
    return messages.getMessage(key, args, VIETNAMESE);
  }

  private static String esc(String s) {
    return HtmlUtils.htmlEscape(s, "UTF-8");
  }

  static String date(String iso) {
    return Formats.formatDate(LocalDate.parse(iso));
  }
}
