package vn.congressplanner.account;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Full names for usernames in pages ({@code ${@people.name(task.createdBy)}}): people read "Trần
 * Thị Hương", not {@code tuyengiao}. The names are read once per request (one query for the whole
 * page, however many rows); an unknown username (a removed account, "system") is shown as it is.
 */
@Component("people")
public class People {

  private static final String CACHE = People.class.getName() + ".names";

  private final AccountService accounts;

  People(AccountService accounts) {
    this.accounts = accounts;
  }

  public String name(String username) {
    if (username == null || username.isBlank()) {
      return "";
    }
    if ("system".equals(username)) {
      return Actor.system().fullName();
    }
    return names().getOrDefault(username, username);
  }

  @SuppressWarnings("unchecked")
  private Map<String, String> names() {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    Object cached =
        request == null ? null : request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST);
    if (cached instanceof Map<?, ?> map) {
      return (Map<String, String>) map;
    }
    Map<String, String> names = new HashMap<>();
    accounts.all().forEach(u -> names.put(u.getUsername(), u.getFullName()));
    if (request != null) {
      request.setAttribute(CACHE, names, RequestAttributes.SCOPE_REQUEST);
    }
    return names;
  }
}
