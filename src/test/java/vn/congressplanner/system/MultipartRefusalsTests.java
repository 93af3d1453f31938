package vn.congressplanner.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congressplanner.reliability.ReliabilityReport;
import vn.congressplanner.support.ServerTest;
import vn.congressplanner.support.WebClient;

/**
 * Uploads Tomcat itself refuses while reading the multipart body, through a real port (MockMvc
 * never parses one): a file name with a NUL answered 500 before {@link MultipartRefusals}; a body
 * over the upload limit answered 413 with the page for server errors. Now a 400 or 413 page that
 * says what is wrong, no stack trace, and nothing kept.
 */
@ServerTest
class MultipartRefusalsTests {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  long imports() {
    return jdbc.queryForObject("select count(*) from task_import", Long.class);
  }

  @Test
  void aFileNameWithANulIsABadRequestNotAServerError() {
    WebClient leader = new WebClient(port).loggedIn("lanhdao", "Lanhdao@2020");
    String csrf = leader.csrf("/tasks/import");
    long before = imports();
    HttpResponse<String> answer =
        leader.postFile("/tasks/import", csrf, "ke\u0000hoach.xlsx", XLSX, new byte[] {1, 2, 3});
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body())
        .contains("data-testid=\"error-4xx\"")
        .contains("Yêu cầu không hợp lệ");
    assertThat(ReliabilityReport.TRACE.matcher(answer.body()).find()).isFalse();
    assertThat(imports()).isEqualTo(before);
    // The session is unharmed: the next upload is read as usual.
    assertThat(
            leader
                .postFile("/tasks/import", csrf, "ghi-chu.txt", "text/plain", new byte[] {1})
                .statusCode())
        .isEqualTo(422);
  }

  @Test
  void aBodyOverTheUploadLimitSaysItIsTooLarge() {
    WebClient leader = new WebClient(port).loggedIn("lanhdao", "Lanhdao@2020");
    String csrf = leader.csrf("/tasks/import");
    long before = imports();
    HttpResponse<String> answer =
        leader.postFile("/tasks/import", csrf, "qua-lon.xlsx", XLSX, new byte[13 * 1024 * 1024]);
    assertThat(answer.statusCode()).isEqualTo(413);
    assertThat(answer.body()).contains("data-testid=\"error-413\"").contains("quá lớn");
    assertThat(imports()).isEqualTo(before);
  }

  @Test
  void aMalformedMultipartBodyIsABadRequest() {
    WebClient leader = new WebClient(port).loggedIn("lanhdao", "Lanhdao@2020");
    String csrf = leader.csrf("/tasks/import");
    HttpResponse<String> answer =
        leader.send(
            leader
                .request("/tasks/import")
                .header("Content-Type", "multipart/form-data; boundary=abc")
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "--abc\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                            + csrf
                            + "\r\n--abc\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xlsx\"\r\n\r\nno end"))
                .build());
    assertThat(answer.statusCode()).isBetween(400, 499);
    assertThat(ReliabilityReport.TRACE.matcher(answer.body()).find()).isFalse();
  }
}
