package vn.congressplanner.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.congressplanner.congress.CongressService;

@Controller
class DashboardController {

  private final CongressService congresses;

  DashboardController(CongressService congresses) {
    this.congresses = congresses;
  }

  @GetMapping("/")
  String home() {
    return "redirect:/dashboard";
  }

  @GetMapping("/dashboard")
  String dashboard(Model model) {
    model.addAttribute("congress", congresses.currentIfAny().orElse(null));
    return "dashboard/index";
  }
}
