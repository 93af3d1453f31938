package vn.congressplanner.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The fault suite's one table (issue 11 §4): each part — the malformed-input sweep, the parallel
 * first requests, the database restart under load, two instances on one database — records its line
 * when it has run, and the table of all lines recorded so far is printed and written to {@code
 * target/reliability.md} (the sweep's per-route detail is in {@code target/fault-sweep.md}). The
 * parts run in one Maven invocation in any order; the last one printed shows them all.
 */
public final class ReliabilityReport {

  /** The parts in the table's order. */
  public enum Part {
    SWEEP("malformed-input sweep, every route of SPEC §7 (d)"),
    PARALLEL_FIRST_REQUESTS("parallel first requests after login (c)"),
    DATABASE_RESTART("PostgreSQL `-m immediate` restart under a writing load (a)"),
    TWO_INSTANCES("two instances on one database (b)");

    final String title;

    Part(String title) {
      this.title = title;
    }
  }

  /**
   * One line. {@code null} where a column does not apply to the part.
   *
   * @param requests requests sent
   * @param failed answers ≥ 500 outside an outage, requests with no answer, failed checks
   * @param traces answers showing a stack trace or an exception's name
   * @param outageErrors failed requests while the database was restarting
   * @param recoverySeconds from the restart until writes are acknowledged again
   * @param acknowledgedLost writes acknowledged to the client but not in the database afterwards
   * @param note what else was seen
   */
  public record Line(
      Part part,
      long requests,
      long failed,
      long traces,
      Long outageErrors,
      Double recoverySeconds,
      Long acknowledgedLost,
      String note) {}

  /** A stack trace or an exception's name in an answer. */
  public static final Pattern TRACE =
      Pattern.compile(
          "Exception|\\tat [a-z]|org\\.springframework\\.|java\\.lang\\.|org\\.hibernate");

  static final Path DIR = Path.of("target", "reliability");
  static final Path TABLE = Path.of("target", "reliability.md");
  private static final long STARTED =
      java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();

  private ReliabilityReport() {}

  /** Records {@code line} and prints the table of every part recorded in this build so far. */
  public static synchronized String record(Line line) {
    try {
      Files.createDirectories(DIR);
      Files.writeString(DIR.resolve(line.part().name() + ".md"), row(line), StandardCharsets.UTF_8);
      StringBuilder table = new StringBuilder();
      table.append("Fault suite, run of ").append(LocalDate.now()).append(":\n\n");
      table.append(
          "| check | requests | failed (≥ 500, no answer, failed check) | stack traces"
              + " | errors during the outage | seconds to recovery | acknowledged writes lost"
              + " | notes |\n");
      table.append("|---|---|---|---|---|---|---|---|\n");
      for (Part part : List.of(Part.values())) {
        Path file = DIR.resolve(part.name() + ".md");
        // Only what this test JVM recorded: a line left from an earlier build is not this run's.
        if (Files.exists(file) && Files.getLastModifiedTime(file).toMillis() >= STARTED) {
          table.append(Files.readString(file, StandardCharsets.UTF_8));
        }
      }
      String text = table.toString();
      Files.writeString(TABLE, text, StandardCharsets.UTF_8);
      System.out.println(text);
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String row(Line l) {
    return "| %s | %d | %d | %d | %s | %s | %s | %s |\n"
        .formatted(
            l.part().title,
            l.requests(),
            l.failed(),
            l.traces(),
            l.outageErrors() == null ? "–" : l.outageErrors().toString(),
            l.recoverySeconds() == null ? "–" : "%.1f".formatted(l.recoverySeconds()),
            l.acknowledgedLost() == null ? "–" : l.acknowledgedLost().toString(),
            l.note() == null ? "" : l.note().replace("|", "\\|").replace("\n", " "));
  }
}
