package vn.congressplanner.system;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of the JSON API as RFC 9457 problem details instead of the pages' HTML error views (which
 * the global advice would otherwise pick first).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound() {
    return ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
  }

  /** {@code /api/v1/tasks/abc}: no such task, as on the pages. */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail badPath(MethodArgumentTypeMismatchException e) {
    return ProblemDetail.forStatus(
        e.getParameter()
                .hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)
            ? HttpStatus.NOT_FOUND
            : HttpStatus.BAD_REQUEST);
  }

  /** A filter value that is not one of the allowed ones ({@code workstream=X}). */
  @ExceptionHandler(BindException.class)
  ProblemDetail badFilter(BindException e) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setProperty(
        "fields", e.getFieldErrors().stream().map(f -> f.getField()).distinct().toList());
    return problem;
  }
}
