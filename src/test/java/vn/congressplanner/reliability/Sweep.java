package vn.congressplanner.reliability;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.congressplanner.support.WebClient;

/**
 * The malformed-input sweep's machinery: sends every malformed value to every parameter of a route,
 * one request each, and keeps each answer's status and whether it shows a stack trace.
 */
final class Sweep {

  /** Raw, already encoded values for a query string or a form body. */
  static final Map<String, String> VALUES = new LinkedHashMap<>();

  static {
    VALUES.put("NUL", "a%00b");
    VALUES.put("controls", "a%01%08%1B%7Fb");
    VALUES.put("bidi override", "abc%E2%80%AEtxt.exe");
    VALUES.put("10k chars", "x".repeat(10_000));
    VALUES.put("invalid UTF-8", "%C3%28%FF%FE");
    VALUES.put("bad date", "2019-02-31");
    VALUES.put("overflowing number", "99999999999999999999");
    VALUES.put("huge decimal", "1" + "0".repeat(40) + ".5");
    VALUES.put("huge page", "2147483647");
    VALUES.put("page past an int offset", "100000000");
    VALUES.put("negative", "-1");
  }

  static final String MILLION = "x".repeat(1_000_000);

  /** Bad values of a path segment that should be a number. */
  static final List<String> BAD_IDS = List.of("abc", "99999999999999999999", "%00", "-1", "1.5");

  static final Pattern TRACE = ReliabilityReport.TRACE;

  record Result(String route, String field, String value, int status, boolean trace) {

    boolean bad() {
      return status >= 500 || status == 0 || trace;
    }
  }

  final List<Result> results = Collections.synchronizedList(new ArrayList<>());

  /** {@code path?field=value} for every field and value. */
  void gets(WebClient client, String path, List<String> fields) {
    for (String field : fields) {
      for (var value : VALUES.entrySet()) {
        String url = path + (path.contains("?") ? "&" : "?") + field + "=" + value.getValue();
        record(
            "GET " + path, field, value.getKey(), send(client, client.request(url).GET().build()));
      }
    }
  }

  /** {@code template} with {@code {id}} replaced by each bad id (and the extra ones). */
  void ids(WebClient client, String template, String method, String csrf) {
    for (String id : BAD_IDS) {
      String path = template.replace("{id}", id);
      HttpResponse<String> answer =
          method.equals("GET")
              ? send(client, client.request(path).GET().build())
              : send(client, form(client, path, "_csrf=" + WebClient.enc(csrf)));
      record(method + " " + template.replaceAll("/\\d+(?=/|$)", "/{n}"), "id", id, answer);
    }
  }

  /**
   * A form posted once per (field, value) with that field malformed and the others as given; the
   * first field also gets a million characters.
   */
  void posts(WebClient client, String path, Map<String, String> fields, String csrf) {
    posts(client, path, fields, fields.keySet(), csrf);
  }

  /**
   * As {@link #posts(WebClient, String, Map, String)}, malforming only the fields {@code swept}.
   */
  void posts(
      WebClient client,
      String path,
      Map<String, String> fields,
      Collection<String> swept,
      String csrf) {
    String route = "POST " + path.replaceAll("/\\d+", "/{id}");
    boolean first = true;
    for (String field : swept) {
      List<Map.Entry<String, String>> values = new ArrayList<>(VALUES.entrySet());
      if (first) {
        values.add(Map.entry("1M chars", MILLION));
        first = false;
      }
      for (var value : values) {
        String body =
            fields.entrySet().stream()
                    .map(
                        e ->
                            WebClient.enc(e.getKey())
                                + "="
                                + (e.getKey().equals(field)
                                    ? value.getValue()
                                    : WebClient.enc(e.getValue())))
                    .collect(Collectors.joining("&"))
                + "&_csrf="
                + WebClient.enc(csrf);
        record(route, field, value.getKey(), send(client, form(client, path, body)));
      }
    }
  }

  /** A multipart upload of one file; {@code null} when the server closed the connection. */
  HttpResponse<String> upload(
      WebClient client, String path, String csrf, String filename, String type, byte[] content) {
    try {
      return client.postFile(path, csrf, filename, type, content);
    } catch (IllegalStateException e) {
      if (e.getCause() instanceof java.io.IOException) {
        return null;
      }
      throw e;
    }
  }

  private static HttpRequest form(WebClient client, String path, String body) {
    return client
        .request(path)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
  }

  /** The answer, or {@code null} when the server closed the connection without one. */
  static HttpResponse<String> send(WebClient client, HttpRequest request) {
    try {
      return client.send(request);
    } catch (IllegalStateException e) {
      if (e.getCause() instanceof java.io.IOException) {
        return null;
      }
      throw e;
    }
  }

  void record(String route, String field, String value, HttpResponse<String> answer) {
    if (answer == null) {
      results.add(new Result(route, field, value, 0, false));
      return;
    }
    String body = answer.body() == null ? "" : answer.body();
    boolean binary =
        answer
            .headers()
            .firstValue("Content-Type")
            .map(t -> t.startsWith("application/pdf") || t.contains("spreadsheetml"))
            .orElse(false);
    results.add(
        new Result(
            route, field, value, answer.statusCode(), !binary && TRACE.matcher(body).find()));
  }

  /** The bad answers among the results from index {@code from} on. */
  List<Result> bad(int from) {
    synchronized (results) {
      return results.subList(from, results.size()).stream().filter(Result::bad).toList();
    }
  }

  /** Every request as a tab-separated line: route, field, value, status, stack trace. */
  List<String> lines() {
    synchronized (results) {
      return results.stream()
          .map(
              r ->
                  String.join(
                      "\t",
                      r.route(),
                      r.field(),
                      r.value(),
                      String.valueOf(r.status()),
                      String.valueOf(r.trace())))
          .toList();
    }
  }

  /** The per-route table, with the bad answers listed under it. */
  String table() {
    List<Result> all;
    synchronized (results) {
      all = new ArrayList<>(results);
    }
    StringBuilder out = new StringBuilder();
    out.append("| route | requests | 2xx/3xx | 4xx | ≥ 500 or no answer | stack traces |\n");
    out.append("|---|---|---|---|---|---|\n");
    Map<String, List<Result>> byRoute =
        all.stream()
            .collect(Collectors.groupingBy(Result::route, LinkedHashMap::new, Collectors.toList()));
    for (var e : byRoute.entrySet()) {
      out.append(row(e.getKey(), e.getValue()));
    }
    out.append(row("**all**", all));
    all.stream()
        .filter(Result::bad)
        .forEach(
            r ->
                out.append("\n- ")
                    .append(r.route())
                    .append(' ')
                    .append(r.field())
                    .append(" = ")
                    .append(r.value())
                    .append(" → ")
                    .append(r.status() == 0 ? "no answer" : r.status())
                    .append(r.trace() ? " (stack trace)" : ""));
    return out.toString();
  }

  private static String row(String route, List<Result> rs) {
    long ok = rs.stream().filter(r -> r.status() > 0 && r.status() < 400).count();
    long refused = rs.stream().filter(r -> r.status() >= 400 && r.status() < 500).count();
    long errors = rs.stream().filter(r -> r.status() >= 500 || r.status() == 0).count();
    long traces = rs.stream().filter(Result::trace).count();
    return "| %s | %d | %d | %d | %d | %d |\n"
        .formatted(route, rs.size(), ok, refused, errors, traces);
  }
}
