package vn.congressplanner.planning;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congressplanner.account.Actor;
import vn.congressplanner.system.Flash;
import vn.congressplanner.system.RuleViolation;
import vn.congressplanner.system.RuleViolationException;

/** {@code /tasks/import}: template, upload, stored preview, confirmation (LEADER, ADMIN). */
@Controller
class TaskImportController {

  private final TaskImportService imports;

  TaskImportController(TaskImportService imports) {
    this.imports = imports;
  }

  @GetMapping("/tasks/import")
  String form(Actor actor, Model model) {
    TaskImportService.requireImporter(actor);
    return page(model);
  }

  private String page(Model model) {
    model.addAttribute("maxRows", ImportWorkbook.MAX_ROWS);
    model.addAttribute("maxMegabytes", TaskImportService.MAX_BYTES / (1024 * 1024));
    return "planning/import";
  }

  @GetMapping("/tasks/import/template.xlsx")
  void template(Actor actor, HttpServletResponse response) throws IOException {
    TaskImportService.requireImporter(actor);
    response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    response.setHeader("Content-Disposition", "attachment; filename=\"mau-nhap-nhiem-vu.xlsx\"");
    imports.writeTemplate(actor, response.getOutputStream());
  }

  @PostMapping("/tasks/import")
  String upload(
      @RequestParam(name = "file", required = false) MultipartFile file,
      Actor actor,
      Model model,
      HttpServletResponse response) {
    TaskImportService.requireImporter(actor);
    try {
      if (file == null || file.isEmpty()) {
        throw new RuleViolationException(List.of(new RuleViolation("file", "import.file.empty")));
      }
      long id;
      try (InputStream in = file.getInputStream()) {
        id = imports.upload(file.getOriginalFilename(), file.getSize(), in, actor);
      }
      return "redirect:/tasks/import/" + id;
    } catch (RuleViolationException e) {
      RuleViolation v = e.violations().get(0);
      model.addAttribute("fileError", v);
    } catch (IOException e) {
      model.addAttribute("fileError", new RuleViolation("file", "import.file.unreadable"));
    }
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    return page(model);
  }

  @GetMapping("/tasks/import/{id}")
  String preview(@PathVariable long id, Actor actor, Locale locale, Model model) {
    model.addAttribute("preview", imports.preview(id, actor, locale));
    return "planning/import-preview";
  }

  @PostMapping("/tasks/import/{id}/confirm")
  String confirm(
      @PathVariable long id,
      Actor actor,
      Locale locale,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    TaskImportService.Confirmation done;
    try {
      done = imports.confirm(id, actor, locale);
    } catch (RuleViolationException e) {
      // A rule that changed since the preview: nothing was stored; show what blocks it now.
      done = new TaskImportService.Confirmation(List.of(), imports.preview(id, actor, locale));
    }
    if (done.blocked() != null) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("preview", done.blocked());
      model.addAttribute("confirmRefused", true);
      return "planning/import-preview";
    }
    Flash.success(redirect, "import.done", done.created().size());
    return "redirect:/tasks";
  }
}
