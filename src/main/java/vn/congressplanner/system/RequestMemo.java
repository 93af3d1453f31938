package vn.congressplanner.system;

import java.util.function.Supplier;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A value read at most once per web request (kept in the request's attributes under a name);
 * outside a request it is read every time. What writes the value forgets the request's copy, so
 * that the rest of the request reads it again.
 */
public final class RequestMemo {

  private RequestMemo() {}

  /** The request's copy of {@code name}, read with {@code load} the first time. */
  @SuppressWarnings("unchecked")
  public static <T> T get(String name, Supplier<T> load) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request == null) {
      return load.get();
    }
    Object memo = request.getAttribute(name, RequestAttributes.SCOPE_REQUEST);
    if (memo != null) {
      return (T) memo;
    }
    T value = load.get();
    if (value != null) {
      request.setAttribute(name, value, RequestAttributes.SCOPE_REQUEST);
    }
    return value;
  }

  /** Forgets the request's copy of {@code name}, if any. */
  public static void forget(String name) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request != null) {
      request.removeAttribute(name, RequestAttributes.SCOPE_REQUEST);
    }
  }
}
