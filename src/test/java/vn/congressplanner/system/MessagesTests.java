package vn.congressplanner.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every text goes through a message key: a key used in a template exists in Vietnamese and English,
 * both bundles have the same keys, and no template has literal text outside elements whose text
 * Thymeleaf replaces.
 */
class MessagesTests {

  static final Path MESSAGES = Path.of("src/main/resources/messages");
  static final Path TEMPLATES = Path.of("src/main/resources/templates");
  static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

  static Properties load(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader r = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }

  static Set<String> keys(boolean english) throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.list(MESSAGES)) {
      for (Path f : files.toList()) {
        boolean isEnglish = f.getFileName().toString().endsWith("_en.properties");
        if (isEnglish == english) {
          keys.addAll(load(f).stringPropertyNames());
        }
      }
    }
    return keys;
  }

  static List<Path> templates() throws IOException {
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      return files.filter(f -> f.toString().endsWith(".html")).toList();
    }
  }

  static final Path JAVA = Path.of("src/main/java");

  /**
   * Message codes written as literals in Java: rule violations, flash messages, message arguments
   * that are messages, form-level rejections and lookups.
   */
  static final List<Pattern> CODE_IN_JAVA =
      List.of(
          Pattern.compile("new RuleViolation\\(\\s*(?:null|\"\\w*\"),\\s*\"([A-Za-z0-9_.]+)\"[,)]"),
          Pattern.compile("Flash\\.\\w+\\(\\s*\\w+,\\s*\"([A-Za-z0-9_.]+)\"[,)]"),
          Pattern.compile("resolvable\\(\\s*\"([A-Za-z0-9_.]+)\"[,)]"),
          Pattern.compile("\\.reject\\(\\s*\"([A-Za-z0-9_.]+)\"[,)]"),
          Pattern.compile("getMessage\\(\\s*\"([A-Za-z0-9_.]+)\"[,)]"),
          Pattern.compile("\\bmessage\\(\\s*\"([A-Za-z0-9_.]+)\"[,)]"));

  /** {@code BlockingTasks.violation(field, key, …)} uses the key and two variants of it. */
  static final Pattern BLOCKING_KEY =
      Pattern.compile("\\.violation\\(\\s*\"\\w+\",\\s*\"([A-Za-z0-9_.]+)\"");

  @Test
  void everyCodeUsedFromJavaExistsInBothLanguages() throws IOException {
    Set<String> vi = keys(false);
    Set<String> en = keys(true);
    List<String> missing = new ArrayList<>();
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(JAVA)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        List<String> codes = new ArrayList<>();
        for (Pattern pattern : CODE_IN_JAVA) {
          Matcher m = pattern.matcher(source);
          while (m.find()) {
            codes.add(m.group(1));
          }
        }
        Matcher blocking = BLOCKING_KEY.matcher(source);
        while (blocking.find()) {
          codes.add(blocking.group(1));
          codes.add(blocking.group(1) + ".more");
          codes.add(blocking.group(1) + ".unlisted");
        }
        for (String code : codes) {
          found.add(code);
          if (!vi.contains(code) || !en.contains(code)) {
            missing.add(JAVA.relativize(file) + ": " + code);
          }
        }
      }
    }
    assertThat(found).as("the scan finds the codes it should").hasSizeGreaterThan(50);
    assertThat(missing).isEmpty();
  }

  @Test
  void everyEnumConstantHasALabelInBothLanguages() throws IOException {
    Map<String, Class<? extends Enum<?>>> labelled = new java.util.LinkedHashMap<>();
    labelled.put("workstream", vn.congressplanner.congress.Workstream.class);
    labelled.put("phase", vn.congressplanner.congress.Phase.class);
    labelled.put("congressLevel", vn.congressplanner.congress.CongressLevel.class);
    labelled.put("taskStatus", vn.congressplanner.task.TaskStatus.class);
    labelled.put("deadlineStatus", vn.congressplanner.task.DeadlineStatus.class);
    labelled.put("priority", vn.congressplanner.task.Priority.class);
    labelled.put("clearance", vn.congressplanner.account.Clearance.class);
    labelled.put("role", vn.congressplanner.account.Role.class);
    labelled.put("departmentKind", vn.congressplanner.department.DepartmentKind.class);
    labelled.put("milestoneStatus", vn.congressplanner.milestone.MilestoneStatus.class);
    labelled.put("deliverableKind", vn.congressplanner.milestone.DeliverableKind.class);
    Set<String> vi = keys(false);
    Set<String> en = keys(true);
    List<String> missing = new ArrayList<>();
    labelled.forEach(
        (prefix, type) -> {
          for (Enum<?> constant : type.getEnumConstants()) {
            String key = prefix + "." + constant.name();
            if (!vi.contains(key) || !en.contains(key)) {
              missing.add(key);
            }
          }
        });
    assertThat(missing).isEmpty();
  }

  @Test
  void bothLanguagesHaveTheSameKeys() throws IOException {
    Set<String> vi = keys(false);
    Set<String> en = keys(true);
    assertThat(new TreeSet<>(vi)).as("keys missing in English").containsAll(new TreeSet<>(en));
    assertThat(new TreeSet<>(en)).as("keys missing in Vietnamese").containsAll(vi);
  }

  @Test
  void everyKeyUsedInATemplateExists() throws IOException {
    Set<String> vi = keys(false);
    List<String> missing = new ArrayList<>();
    for (Path template : templates()) {
      Matcher m = KEY_IN_TEMPLATE.matcher(Files.readString(template));
      while (m.find()) {
        if (!vi.contains(m.group(1))) {
          missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void templatesHaveNoLiteralText() throws IOException {
    List<String> literals = new ArrayList<>();
    for (Path template : templates()) {
      Document doc = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
      for (Element element : doc.getAllElements()) {
        if (replacesText(element)) {
          continue;
        }
        for (TextNode text : element.textNodes()) {
          String t = text.text().strip();
          if (t.chars().anyMatch(Character::isLetter) && !insideReplacedText(element)) {
            literals.add(TEMPLATES.relativize(template) + ": \"" + t + "\"");
          }
        }
      }
    }
    assertThat(literals).isEmpty();
  }

  private static boolean replacesText(Element e) {
    return e.hasAttr("th:text")
        || e.hasAttr("th:utext")
        || e.hasAttr("th:errors")
        // A page's <html th:replace="~{fragments/layout :: page(…)}"> hands its own content to
        // the layout: its text is shown, so it is checked like any other.
        || (e.hasAttr("th:replace") && !e.tagName().equals("html"))
        || e.hasAttr("th:remove")
        || e.tagName().equals("script")
        || e.tagName().equals("style");
  }

  private static boolean insideReplacedText(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (replacesText(p)) {
        return true;
      }
    }
    return false;
  }
}
