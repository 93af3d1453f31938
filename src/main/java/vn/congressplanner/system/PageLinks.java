package vn.congressplanner.system;

import org.springframework.stereotype.Component;
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
}
