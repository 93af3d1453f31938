package vn.congressplanner.planning;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congressplanner.account.Actor;
import vn.congressplanner.congress.Congress;
import vn.congressplanner.congress.CongressService;
import vn.congressplanner.system.Flash;
import vn.congressplanner.system.RuleViolationException;

/**
 * {@code /admin/plan-copy} (ADMIN): choose the source and the target (an existing empty congress,
 * or a new one described on the page), look at the preview, confirm (SPEC §2.12, §7).
 */
@Controller
@RequestMapping("/admin/plan-copy")
class PlanCopyController {

  private final PlanCopyService copies;
  private final CongressService congresses;

  PlanCopyController(PlanCopyService copies, CongressService congresses) {
    this.copies = copies;
    this.congresses = congresses;
  }

  /** The page's form: source, target, and the new congress when the target is new. */
  static class PlanCopyForm {

    @NotNull private Long fromCongress;

    /** Empty: a new congress, described by the fields below. */
    private Long toCongress;

    @Size(max = 300)
    private String name;

    @Size(max = 50)
    private String term;

    @Size(max = 300)
    private String venue;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate preparatoryDate;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate openingDate;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate closingDate;

    /** Set by the preview's confirm button: make the copy. */
    private boolean confirm;

    /** Make the target the congress the pages show, once the copy is made. */
    private boolean makeCurrent;

    PlanCopyService.Target target(Congress current) {
      if (toCongress != null) {
        return new PlanCopyService.Target(toCongress, null);
      }
      return new PlanCopyService.Target(
          null,
          new CongressService.Settings(
              name,
              term,
              current == null ? null : current.getLevel(),
              venue,
              preparatoryDate,
              openingDate,
              closingDate,
              null));
    }

    public Long getFromCongress() {
      return fromCongress;
    }

    public void setFromCongress(Long fromCongress) {
      this.fromCongress = fromCongress;
    }

    public Long getToCongress() {
      return toCongress;
    }

    public void setToCongress(Long toCongress) {
      this.toCongress = toCongress;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getTerm() {
      return term;
    }

    public void setTerm(String term) {
      this.term = term;
    }

    public String getVenue() {
      return venue;
    }

    public void setVenue(String venue) {
      this.venue = venue;
    }

    public LocalDate getPreparatoryDate() {
      return preparatoryDate;
    }

    public void setPreparatoryDate(LocalDate preparatoryDate) {
      this.preparatoryDate = preparatoryDate;
    }

    public LocalDate getOpeningDate() {
      return openingDate;
    }

    public void setOpeningDate(LocalDate openingDate) {
      this.openingDate = openingDate;
    }

    public LocalDate getClosingDate() {
      return closingDate;
    }

    public void setClosingDate(LocalDate closingDate) {
      this.closingDate = closingDate;
    }

    public boolean isConfirm() {
      return confirm;
    }

    public void setConfirm(boolean confirm) {
      this.confirm = confirm;
    }

    public boolean isMakeCurrent() {
      return makeCurrent;
    }

    public void setMakeCurrent(boolean makeCurrent) {
      this.makeCurrent = makeCurrent;
    }
  }

  @ModelAttribute
  void common(Model model) {
    model.addAttribute("adminSection", true);
  }

  @GetMapping
  String form(Actor actor, Model model) {
    PlanCopyService.requireAdmin(actor);
    PlanCopyForm form = new PlanCopyForm();
    List<Congress> all = congresses.all();
    Congress current = congresses.currentIfAny().orElse(null);
    // The usual case: last term's plan (the newest congress that opened before the current one).
    all.stream()
        .filter(
            c ->
                current == null
                    || (!c.getId().equals(current.getId())
                        && c.getOpeningDate().isBefore(current.getOpeningDate())))
        .findFirst()
        .or(() -> all.stream().findFirst())
        .ifPresent(c -> form.setFromCongress(c.getId()));
    model.addAttribute("form", form);
    return page(model);
  }

  @PostMapping
  String submit(
      @Valid @ModelAttribute("form") PlanCopyForm form,
      BindingResult result,
      Actor actor,
      Locale locale,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    PlanCopyService.requireAdmin(actor);
    if (!result.hasErrors()) {
      PlanCopyService.Target target = form.target(congresses.currentIfAny().orElse(null));
      try {
        if (form.isConfirm()) {
          PlanCopyService.Result done =
              copies.copy(form.getFromCongress(), target, form.isMakeCurrent(), actor, locale);
          Flash.success(
              redirect,
              done.leftOut() > 0 ? "planCopy.doneLeftOut" : "planCopy.done",
              done.milestones(),
              done.tasks(),
              done.target().getLabel(),
              done.leftOut());
          return form.isMakeCurrent() ? "redirect:/tasks" : "redirect:/admin/plan-copy";
        }
        model.addAttribute(
            "preview", copies.preview(form.getFromCongress(), target, actor, locale));
        return page(model);
      } catch (RuleViolationException e) {
        e.addTo(result);
      }
    }
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    return page(model);
  }

  private String page(Model model) {
    model.addAttribute("congresses", congresses.all());
    model.addAttribute("current", congresses.currentIfAny().orElse(null));
    return "planning/plan-copy";
  }
}
