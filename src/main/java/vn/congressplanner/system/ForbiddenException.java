package vn.congressplanner.system;

import org.springframework.security.access.AccessDeniedException;

/** An object-level refusal from the service layer (e.g. another department's task): 403. */
public class ForbiddenException extends AccessDeniedException {

  public ForbiddenException(String message) {
    super(message);
  }
}
