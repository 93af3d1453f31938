package vn.congressplanner.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Issue 11 §6: the throttle's limits, and what the filter answers when they are reached. */
class LoginThrottleTests {

  final LoginThrottle throttle =
      new LoginThrottle(3, Duration.ofMinutes(10), 5, Duration.ofMinutes(15));
  final LoginThrottleFilter filter = new LoginThrottleFilter(throttle);

  @Test
  void anAddressIsThrottledAfterItsFailuresWhateverTheUsernames() throws Exception {
    throttle.failed("an", "10.0.0.1");
    throttle.failed("binh", "10.0.0.1");
    assertThat(throttle.addressBlocked("10.0.0.1")).isFalse();
    throttle.failed("chi", "10.0.0.1");
    assertThat(throttle.addressBlocked("10.0.0.1")).isTrue();
    assertThat(throttle.addressBlocked("10.0.0.2")).isFalse();

    // The form: back to the login page with its own message, the password never checked.
    MockHttpServletResponse form = run(loginPost("10.0.0.1", "lanhdao"));
    assertThat(form.getRedirectedUrl()).isEqualTo("/login?throttled");
    // The API: 429 with Retry-After.
    MockHttpServletResponse api = run(basic("10.0.0.1", "/api/v1/tasks", "lanhdao"));
    assertThat(api.getStatus()).isEqualTo(429);
    assertThat(api.getHeader("Retry-After")).isNotBlank();
    // Another address goes on to the password check.
    assertThat(passesThrough(loginPost("10.0.0.2", "lanhdao"))).isTrue();
  }

  @Test
  void fiveFailuresLockTheAccountOnlyForTheAddressTheyCameFrom() throws Exception {
    LoginThrottle roomy = new LoginThrottle(100, Duration.ofMinutes(10), 5, Duration.ofMinutes(15));
    LoginThrottleFilter roomyFilter = new LoginThrottleFilter(roomy);
    for (int i = 1; i <= 4; i++) {
      roomy.failed("Congan", "203.0.113.9");
    }
    assertThat(roomy.pairLocked("congan", "203.0.113.9")).isFalse();
    roomy.failed("congan", "203.0.113.9");
    assertThat(roomy.pairLocked("CONGAN", "203.0.113.9")).isTrue();
    assertThat(roomy.pairLocked("congan", "10.1.1.1")).isFalse();

    MockHttpServletResponse locked = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();
    roomyFilter.doFilter(loginPost("203.0.113.9", "congan"), locked, chain);
    assertThat(locked.getRedirectedUrl()).isEqualTo("/login?error");
    assertThat(chain.getRequest()).isNull();

    // A success clears the pair; an administrator's reset clears it from every address.
    roomy.succeeded("congan", "203.0.113.9");
    assertThat(roomy.pairLocked("congan", "203.0.113.9")).isFalse();
    for (int i = 1; i <= 5; i++) {
      roomy.failed("congan", "198.51.100.7");
    }
    roomy.forget("CongAn");
    assertThat(roomy.pairLocked("congan", "198.51.100.7")).isFalse();
  }

  @Test
  void basicCredentialsOnAPageAreNotLoginAttempts() throws Exception {
    for (int i = 0; i < 3; i++) {
      throttle.failed("x", "10.0.0.5");
    }
    assertThat(passesThrough(basic("10.0.0.5", "/dashboard", "lanhdao"))).isTrue();
  }

  private MockHttpServletResponse run(MockHttpServletRequest request) throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, new MockFilterChain());
    return response;
  }

  private boolean passesThrough(MockHttpServletRequest request) throws Exception {
    MockFilterChain chain = new MockFilterChain();
    filter.doFilter(request, new MockHttpServletResponse(), chain);
    return chain.getRequest() != null;
  }

  private static MockHttpServletRequest loginPost(String address, String username) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
    request.setRemoteAddr(address);
    request.addParameter("username", username);
    request.addParameter("password", "whatever");
    return request;
  }

  private static MockHttpServletRequest basic(String address, String path, String username) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
    request.setRemoteAddr(address);
    request.addHeader(
        "Authorization",
        "Basic "
            + java.util.Base64.getEncoder()
                .encodeToString(
                    (username + ":sai").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    return request;
  }
}
