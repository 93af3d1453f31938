package vn.congressplanner.congress.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congressplanner.account.Actor;
import vn.congressplanner.congress.Congress;
import vn.congressplanner.congress.CongressLevel;
import vn.congressplanner.congress.CongressService;
import vn.congressplanner.system.ConflictException;
import vn.congressplanner.system.Conflicts;
import vn.congressplanner.system.Flash;
import vn.congressplanner.system.RuleViolationException;

/** Settings of the current congress (rule D9 refuses date changes that strand tasks). */
@Controller
@RequestMapping("/admin/congress")
class CongressAdminController {

  private final CongressService congresses;

  CongressAdminController(CongressService congresses) {
    this.congresses = congresses;
  }

  static class CongressForm {
    @NotBlank
    @Size(max = 300)
    private String name;

    @NotBlank
    @Size(max = 50)
    private String term;

    /** Optional in the form (SPEC §7 does not list it): defaults to the current level. */
    private CongressLevel level;

    @Size(max = 300)
    private String venue;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate preparatoryDate;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate openingDate;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate closingDate;

    @Min(0)
    private Integer delegates;

    /** The version the user saw; a stale one is a conflict (nothing is overwritten). */
    private Long version;

    public Long getVersion() {
      return version;
    }

    public void setVersion(Long version) {
      this.version = version;
    }

    static CongressForm of(Congress c) {
      CongressForm form = new CongressForm();
      form.name = c.getName();
      form.term = c.getTerm();
      form.level = c.getLevel();
      form.venue = c.getVenue();
      form.preparatoryDate = c.getPreparatoryDate();
      form.openingDate = c.getOpeningDate();
      form.closingDate = c.getClosingDate();
      form.delegates = c.getDelegates();
      form.version = c.getVersion();
      return form;
    }

    CongressService.Settings toSettings(CongressLevel fallbackLevel) {
      return new CongressService.Settings(
          name,
          term,
          level == null ? fallbackLevel : level,
          venue,
          preparatoryDate,
          openingDate,
          closingDate,
          delegates,
          version);
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

    public CongressLevel getLevel() {
      return level;
    }

    public void setLevel(CongressLevel level) {
      this.level = level;
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

    public Integer getDelegates() {
      return delegates;
    }

    public void setDelegates(Integer delegates) {
      this.delegates = delegates;
    }
  }

  @ModelAttribute
  void common(Model model) {
    model.addAttribute("adminSection", true);
    model.addAttribute("levels", CongressLevel.values());
  }

  @GetMapping
  String form(Model model) {
    CongressForm form =
        congresses.currentIfAny().map(CongressForm::of).orElseGet(CongressForm::new);
    model.addAttribute("form", form);
    return page(model);
  }

  /** Makes another congress the one the pages show (after a plan copy, or back again). */
  @PostMapping("/{id}/current")
  String makeCurrent(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
    Congress chosen = congresses.makeCurrent(id, actor.username());
    Flash.success(redirect, "congress.madeCurrent", chosen.getLabel());
    return "redirect:/admin/congress";
  }

  private String page(Model model) {
    model.addAttribute("congresses", congresses.all());
    return "admin/congress";
  }

  @PostMapping
  String save(
      @Valid @ModelAttribute("form") CongressForm form,
      BindingResult result,
      Actor actor,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    if (!result.hasErrors()) {
      CongressLevel fallback =
          congresses.currentIfAny().map(Congress::getLevel).orElse(CongressLevel.PROVINCE);
      try {
        congresses.updateCurrent(form.toSettings(fallback), actor.username());
        Flash.success(redirect, "congress.saved");
        return "redirect:/admin/congress";
      } catch (RuleViolationException e) {
        e.addTo(result);
      } catch (ConflictException e) {
        // Someone saved the settings first: show what is stored now, to redo the change on it.
        model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
        model.addAttribute("form", CongressForm.of(congresses.current()));
        Conflicts.show(model, response);
      }
    }
    return page(model);
  }
}
