package vn.congressplanner.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: java.net.http with its own cookie jar against a {@link ServerTest}
 * server. Logs in through the real login form (CSRF token included) and can send raw query strings
 * and bodies, exactly as typed.
 */
public final class WebClient {

  private static final Pattern CSRF_META = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
  private static final Pattern CSRF_INPUT =
      Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"|value=\"([^\"]+)\" name=\"_csrf\"");

  private final String base;
  private final CookieManager cookies;
  private final HttpClient http;
  private final String clientAddress;

  public WebClient(int port) {
    this(port, null);
  }

  /**
   * @param clientAddress sent as {@code X-Forwarded-For} when not null (tests of per-address
   *     limits)
   */
  public WebClient(int port, String clientAddress) {
    this(port, clientAddress, new CookieManager(null, CookiePolicy.ACCEPT_ALL));
  }

  private WebClient(int port, String clientAddress, CookieManager cookies) {
    this.base = "http://localhost:" + port;
    this.clientAddress = clientAddress;
    this.cookies = cookies;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /**
   * The same browser — the same cookie jar, so the same session — talking to the server on {@code
   * port}: another instance behind a load balancer.
   */
  public WebClient onPort(int port) {
    return new WebClient(port, clientAddress, cookies);
  }

  public URI uri(String pathAndQuery) {
    return URI.create(base + pathAndQuery);
  }

  public HttpRequest.Builder request(String pathAndQuery) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(60));
    if (clientAddress != null) {
      builder.header("X-Forwarded-For", clientAddress);
    }
    return builder;
  }

  public HttpResponse<String> get(String pathAndQuery) {
    return send(request(pathAndQuery).GET().build());
  }

  public HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(request.method() + " " + request.uri() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpClient http() {
    return http;
  }

  /** The CSRF token of the page at {@code path} (the layout's meta tag or a form's input). */
  public String csrf(String path) {
    String body = get(path).body();
    Matcher meta = CSRF_META.matcher(body);
    if (meta.find()) {
      return meta.group(1);
    }
    Matcher input = CSRF_INPUT.matcher(body);
    assertThat(input.find()).as("CSRF token on " + path).isTrue();
    return input.group(1) != null ? input.group(1) : input.group(2);
  }

  /** Posts a form with this session's CSRF token (taken from {@code tokenPage}). */
  public HttpResponse<String> post(String path, String tokenPage, Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("_csrf", csrf(tokenPage));
    return postRaw(path, form(all));
  }

  /** Posts an already encoded form body as it is. */
  public HttpResponse<String> postRaw(String path, String encodedBody) {
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encodedBody, StandardCharsets.UTF_8))
            .build());
  }

  /**
   * Posts one file as {@code multipart/form-data} with the CSRF token as a form part, as the import
   * page's form sends it (and asking for HTML, as a browser does). The file name goes into the
   * part's header exactly as given.
   */
  public HttpResponse<String> postFile(
      String path, String csrf, String filename, String contentType, byte[] content) {
    String boundary = "----planner" + java.util.UUID.randomUUID();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream(content.length + 1024);
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
            + csrf
            + "\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + filename
            + "\"\r\nContent-Type: "
            + contentType
            + "\r\n\r\n";
    body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        request(path)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build());
  }

  public static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  public static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** Logs in through the form; returns the login's answer (a redirect). */
  public HttpResponse<String> login(String username, String password) {
    String token = csrf("/login");
    return postRaw(
        "/login", form(Map.of("username", username, "password", password, "_csrf", token)));
  }

  /** Logs in and checks that it worked. */
  public WebClient loggedIn(String username, String password) {
    HttpResponse<String> answer = login(username, password);
    assertThat(answer.headers().firstValue("Location").orElse(""))
        .as("login of " + username)
        .endsWith("/dashboard");
    return this;
  }
}
