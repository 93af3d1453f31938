package vn.congressplanner.system;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The web side of {@link ConflictException}: every versioned form shows the same notice (template
 * fragment {@code fragments/conflict :: notice}) above the record as it is stored now, and answers
 * 409. A form that re-renders itself with the current values marks the model with {@link
 * #MODEL_FLAG}; what no controller catches ends on the one page {@code error/conflict}.
 */
public final class Conflicts {

  /** Model attribute that turns the notice on. */
  public static final String MODEL_FLAG = "conflict";

  private Conflicts() {}

  /** The form is shown again with the stored values and the conflict notice, as 409. */
  public static void show(Model model, HttpServletResponse response) {
    model.addAttribute(MODEL_FLAG, true);
    response.setStatus(HttpStatus.CONFLICT.value());
  }

  /**
   * For forms that keep what the user typed (the admin forms): the notice plus a form-level error,
   * so that the user copies their change before reloading.
   */
  public static void reject(BindingResult result, Model model) {
    model.addAttribute(MODEL_FLAG, true);
    result.reject("common.staleVersion");
  }
}
