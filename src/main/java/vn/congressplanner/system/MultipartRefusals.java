package vn.congressplanner.system;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a multipart body (the task import's upload) before anything asks for a parameter, and
 * answers a body the server refuses with a client error page: 413 for one over the upload limit,
 * 400 for a malformed one. Without it the first reader was Spring Security's CSRF check, and a part
 * Tomcat refuses outright — a file name with a NUL in it — escaped the filter chain as a 500 (issue
 * 11 fault sweep). Registered in {@link WebConfiguration} just before Spring Security, for the
 * request and its error page's dispatch.
 */
class MultipartRefusals extends OncePerRequestFilter {

  /** Set on a request whose body was refused, for its error page's dispatch. */
  static final String REFUSED = MultipartRefusals.class.getName() + ".REFUSED";

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    if (request.getDispatcherType() == DispatcherType.ERROR) {
      return request.getAttribute(REFUSED) == null; // (its method is GET then)
    }
    String type = request.getContentType();
    return !"POST".equals(request.getMethod())
        || type == null
        || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
  }

  /** The error page of a refused body is rendered by this filter's wrapper too. */
  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getDispatcherType() == DispatcherType.ERROR) {
      chain.doFilter(new WithoutBody(request), response);
      return;
    }
    int refused;
    try {
      request.getParts();
      chain.doFilter(request, response);
      return;
    } catch (InvalidParameterException e) {
      refused = e.getErrorCode() > 0 ? e.getErrorCode() : HttpStatus.BAD_REQUEST.value();
    } catch (IllegalStateException | SizeException e) {
      refused = HttpStatus.CONTENT_TOO_LARGE.value(); // over spring.servlet.multipart.max-*-size
    } catch (IOException | RuntimeException e) {
      refused = HttpStatus.BAD_REQUEST.value(); // a malformed body, a file name with a NUL
    }
    request.setAttribute(REFUSED, refused);
    response.sendError(refused);
  }

  /**
   * The refused request as its error page sees it: no body, no parameters. Otherwise the dispatch
   * to the error page would read the refused body again (DispatcherServlet resolves a multipart
   * request on every dispatch) and fail the same way, leaving Tomcat's bare page.
   */
  private static final class WithoutBody extends HttpServletRequestWrapper {

    WithoutBody(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getContentType() {
      return null;
    }

    @Override
    public String getHeader(String name) {
      return "Content-Type".equalsIgnoreCase(name) ? null : super.getHeader(name);
    }

    @Override
    public String getParameter(String name) {
      return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
      return null;
    }
  }
}
