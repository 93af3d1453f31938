package vn.congressplanner.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Turns common request mistakes into friendly pages instead of 500s. */
@ControllerAdvice
class ErrorPages {

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound() {
    return "error/404";
  }

  /**
   * A stale version that no form caught (a workflow step racing another user, a record edited from
   * somewhere without its own conflict view): the one conflict page, with a link back to the record
   * as it is now. Nothing was written.
   */
  @ExceptionHandler({ConflictException.class, OptimisticLockingFailureException.class})
  @ResponseStatus(HttpStatus.CONFLICT)
  String conflict(HttpServletRequest request, Model model) {
    model.addAttribute(Conflicts.MODEL_FLAG, true);
    model.addAttribute("currentUrl", request.getRequestURI());
    return "error/conflict";
  }

  /** {@code /tasks/abc} or {@code ?page=x}: a bad address, not a server fault. */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String badPathValue() {
    return "error/404";
  }
}
