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
        || e.hasAttr("th:replace")
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
