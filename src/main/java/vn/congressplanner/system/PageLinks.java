package vn.congressplanner.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * Links to another page of the current list, keeping its filter (used by the pagination fragment).
 */
@Component("pageLinks")
public class PageLinks {

  public String to(int page) {
    UriComponents uri =
        ServletUriComponentsBuilder.fromCurrentRequest()
            .replaceQueryParam("page", Math.max(0, page))
            .build();
    return uri.getPath() + (uri.getQuery() == null ? "" : "?" + uri.getQuery());
  }

  /** The current URL with one query parameter replaced (sorting links, page size). */
  public String with(String param, Object value) {
    UriComponents uri =
        ServletUriComponentsBuilder.fromCurrentRequest()
            .replaceQueryParam(param, value)
            .replaceQueryParam("page")
            .build();
    return uri.getPath() + (uri.getQuery() == null ? "" : "?" + uri.getQuery());
  }

  /** A link of the pagination: page {@code number} (0-based), or a gap ("…") when null. */
  public record PageLink(Integer number, String href, boolean current) {
    public int label() {
      return number == null ? 0 : number + 1;
    }

    public boolean gap() {
      return number == null;
    }
  }

  /**
   * Page-number links around the current page: the first, the last, and two on each side of the
   * current one, with a gap where numbers are left out.
   */
  public List<PageLink> around(int current, int totalPages) {
    java.util.ArrayList<PageLink> links = new java.util.ArrayList<>();
    int previous = -1;
    for (int n = 0; n < totalPages; n++) {
      boolean shown = n == 0 || n == totalPages - 1 || Math.abs(n - current) <= 2;
      if (!shown) {
        continue;
      }
      if (previous >= 0 && n - previous > 1) {
        links.add(new PageLink(null, null, false));
      }
      links.add(new PageLink(n, to(n), n == current));
      previous = n;
    }
    return links;
  }

  /**
   * The page's own URL in another language: the same path and query (a filtered list keeps its
   * filters), {@code lang} replaced. A page rendered for a POST (a refused form) links to the GET
   * of the same path; an error page to the address that failed.
   */
  public String language(String lang) {
    HttpServletRequest request = request();
    if (request == null) {
      return "?lang=" + lang;
    }
    Object failed = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    var builder = ServletUriComponentsBuilder.fromRequest(request);
    if (failed != null) {
      builder.replacePath(failed.toString()).replaceQuery(null);
    } else if (!"GET".equals(request.getMethod())) {
      builder.replaceQuery(null);
    }
    UriComponents uri = builder.replaceQueryParam("lang", lang).build();
    return uri.getPath() + "?" + uri.getQuery();
  }

  /** The menu entry the current page belongs to (marked aria-current in the header). */
  public String section() {
    HttpServletRequest request = request();
    if (request == null) {
      return "";
    }
    Object failed = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    String path = failed != null ? failed.toString() : request.getRequestURI();
    path = path.substring(request.getContextPath().length());
    for (String section : SECTIONS) {
      if (path.equals("/" + section) || path.startsWith("/" + section + "/")) {
        return section;
      }
    }
    return path.equals("/") ? "dashboard" : "";
  }

  private static final List<String> SECTIONS =
      List.of(
          "dashboard",
          "my-work",
          "tasks",
          "milestones",
          "budget",
          "bulletins",
          "reports",
          "timeline",
          "admin/users",
          "admin/departments",
          "admin/congress",
          "admin/history",
          "admin/plan-copy",
          "admin");

  private static HttpServletRequest request() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
        ? a.getRequest()
        : null;
  }
}
