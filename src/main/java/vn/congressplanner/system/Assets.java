package vn.congressplanner.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.webjars.WebJarVersionLocator;

/**
 * Static assets (our CSS and JavaScript, the WebJars) as a browser should get them: under versioned
 * URLs ({@code @{/css/planner.css(v=${@assets.version})}}), so that they can be cached for a year
 * and a new release is fetched at once. The version is a hash of our static files and of the WebJar
 * versions, computed once at start: the same on every instance of the same build.
 *
 * <p>The filter part sets the cache headers: a year and {@code immutable} for a versioned URL, an
 * hour for an unversioned one (a link someone typed, {@code /favicon.ico}).
 */
@Component("assets")
public class Assets extends OncePerRequestFilter {

  static final List<String> PATHS = List.of("/webjars/", "/css/", "/js/", "/images/", "/favicon");
  static final List<String> WEBJARS = List.of("bootstrap", "htmx.org", "chart.js");

  private final String version;

  public Assets() {
    this.version = computeVersion();
  }

  /** The current build's asset version, for the {@code v} parameter of static URLs. */
  public String version() {
    return version;
  }

  static boolean isAsset(String path) {
    return PATHS.stream().anyMatch(path::startsWith);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !isAsset(request.getRequestURI().substring(request.getContextPath().length()));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader(
        "Cache-Control",
        request.getParameter("v") != null
            ? "public, max-age=31536000, immutable"
            : "public, max-age=3600");
    chain.doFilter(request, response);
  }

  private static String computeVersion() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      Resource[] files =
          new PathMatchingResourcePatternResolver().getResources("classpath*:static/**/*.*");
      Arrays.sort(files, Comparator.comparing(Assets::name));
      for (Resource file : files) {
        digest.update(name(file).getBytes(StandardCharsets.UTF_8));
        try (InputStream in = file.getInputStream()) {
          digest.update(in.readAllBytes());
        }
      }
      WebJarVersionLocator webjars = new WebJarVersionLocator();
      for (String webjar : WEBJARS) {
        digest.update((webjar + "@" + webjars.version(webjar)).getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    } catch (IOException | NoSuchAlgorithmException e) {
      // Without a hash the URLs still work; they are just not cacheable across releases.
      return Long.toString(System.currentTimeMillis(), 36);
    }
  }

  private static String name(Resource resource) {
    try {
      String url = resource.getURL().toString();
      int at = url.indexOf("static/");
      return at >= 0 ? url.substring(at) : url;
    } catch (IOException e) {
      return String.valueOf(resource.getFilename());
    }
  }
}
