package vn.congressplanner.system;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Flash messages shown once after a redirect (see {@code fragments/flash.html}). */
public final class Flash {

  private Flash() {}

  public static void success(RedirectAttributes attributes, String key, Object... args) {
    attributes.addFlashAttribute("flashSuccess", key);
    attributes.addFlashAttribute("flashArgs", args);
  }

  public static void error(RedirectAttributes attributes, String key, Object... args) {
    attributes.addFlashAttribute("flashError", key);
    attributes.addFlashAttribute("flashArgs", args);
  }
}
