package vn.congressplanner.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.congressplanner.reliability.ReliabilityReport;
import vn.congressplanner.support.ServerTest;
import vn.congressplanner.support.WebClient;

/**
 * Issue 11 §1: a restored set of browser tabs, a page's parallel htmx calls or a script send the
 * first requests of a new session all at once. Each of them adds the same new attributes (the CSRF
 * token) to the stored session, and before the fix all but one insert failed on the attributes'
 * primary key: 500s and truncated pages.
 */
@ServerTest
class ParallelFirstRequestsTests {

  static final int PARALLEL = 12;
  static final int ROUNDS = 3;
  static final List<String> PAGES =
      List.of("/dashboard", "/tasks", "/milestones", "/tasks?q=dai+hoi", "/account/password");

  @LocalServerPort int port;

  @Test
  void parallelFirstRequestsOfANewSessionAllSucceed() {
    List<String> failures = new ArrayList<>();
    int requests = 0;
    long traces = 0;
    for (int round = 0; round < ROUNDS; round++) {
      WebClient client = new WebClient(port).loggedIn("lanhdao", "Lanhdao@2020");
      List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < PARALLEL; i++) {
        String page = PAGES.get(i % PAGES.size());
        answers.add(
            client
                .http()
                .sendAsync(
                    client.request(page).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
      }
      for (CompletableFuture<HttpResponse<String>> future : answers) {
        HttpResponse<String> answer = future.join();
        requests++;
        if (ReliabilityReport.TRACE.matcher(answer.body()).find()) {
          traces++;
        }
        if (answer.statusCode() != 200 || !answer.body().strip().endsWith("</html>")) {
          failures.add(answer.uri() + " → " + answer.statusCode());
        }
      }
      // The session still works afterwards: the stored attributes are whole.
      assertThat(client.get("/dashboard").statusCode()).isEqualTo(200);
    }
    ReliabilityReport.record(
        new ReliabilityReport.Line(
            ReliabilityReport.Part.PARALLEL_FIRST_REQUESTS,
            requests,
            failures.size(),
            traces,
            null,
            null,
            null,
            "%d new sessions × %d requests at once after login".formatted(ROUNDS, PARALLEL)));
    assertThat(failures).as("failed parallel first requests").isEmpty();
  }
}
