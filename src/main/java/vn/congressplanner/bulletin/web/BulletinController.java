package vn.congressplanner.bulletin.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congressplanner.account.Actor;
import vn.congressplanner.bulletin.Bulletin;
import vn.congressplanner.bulletin.BulletinService;
import vn.congressplanner.bulletin.BulletinSession;
import vn.congressplanner.bulletin.BulletinView;
import vn.congressplanner.bulletin.CoverageKind;
import vn.congressplanner.system.ConflictException;
import vn.congressplanner.system.Conflicts;
import vn.congressplanner.system.DateParameter;
import vn.congressplanner.system.Flash;
import vn.congressplanner.system.RuleViolationException;

/**
 * Bulletin pages (SPEC §4, §7): the list by day and session with a picker of the congress days and
 * the coverage counts, posting, the detail with its edit form, and coverage added and removed in
 * place (htmx) or with a full page when JavaScript is off. Rules and access live in {@link
 * BulletinService}; this class binds, calls it and picks a view.
 */
@Controller
@RequestMapping("/bulletins")
class BulletinController {

  private static final String LIST = "bulletins/list";
  private static final String DETAIL = "bulletins/detail";
  private static final String COVERAGE_FRAGMENT = "bulletins/detail :: coverage";

  private final BulletinService bulletins;

  BulletinController(BulletinService bulletins) {
    this.bulletins = bulletins;
  }

  @ModelAttribute("sessions")
  BulletinSession[] sessions() {
    return BulletinSession.values();
  }

  @ModelAttribute("kinds")
  CoverageKind[] kinds() {
    return CoverageKind.values();
  }

  // ------------------------------------------------------------------ list and post

  @GetMapping
  String list(@RequestParam(name = "date", required = false) String date, Model model) {
    DateParameter day = DateParameter.of(date);
    BulletinForm form = new BulletinForm();
    form.setSession(BulletinSession.MORNING);
    model.addAttribute("bulletinForm", form);
    return list(model, day.value(), day.invalid());
  }

  @PostMapping
  String post(
      Actor actor,
      @ModelAttribute("bulletinForm") BulletinForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    if (!result.hasErrors()) {
      try {
        Bulletin created = bulletins.post(form.fields(), actor);
        Flash.success(redirect, "bulletin.flash.posted");
        return "redirect:/bulletins/" + created.getId();
      } catch (RuleViolationException e) {
        e.addTo(result);
      }
    }
    model.addAttribute("formOpen", true);
    return list(model, null, false);
  }

  private String list(Model model, LocalDate day, boolean invalid) {
    var days = bulletins.congressDays();
    model.addAttribute("congressDays", days.orElse(null));
    boolean known = day != null && days.map(d -> d.contains(day)).orElse(false);
    model.addAttribute("dateInvalid", invalid || (day != null && !known));
    model.addAttribute("day", known ? day : null);
    model.addAttribute("days", bulletins.byDay(known ? day : null));
    model.addAttribute("counts", bulletins.coverageCounts());
    BulletinForm form = (BulletinForm) model.getAttribute("bulletinForm");
    if (form != null && form.getDate() == null && days.isPresent()) {
      List<LocalDate> postable = days.get().postable();
      if (!postable.isEmpty()) {
        form.setDate(known && postable.contains(day) ? day : postable.get(postable.size() - 1));
      }
    }
    return LIST;
  }

  // ------------------------------------------------------------------ detail and edit

  @GetMapping("/{id}")
  String detail(@PathVariable long id, Actor actor, Model model) {
    BulletinView b = bulletins.get(id);
    model.addAttribute("bulletinForm", BulletinForm.of(b));
    model.addAttribute("coverageForm", newCoverage(b));
    return detail(b, actor, model);
  }

  @PostMapping("/{id}")
  String update(
      @PathVariable long id,
      Actor actor,
      @ModelAttribute("bulletinForm") BulletinForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    BulletinView current = bulletins.get(id);
    if (!result.hasErrors()) {
      try {
        bulletins.update(id, form.fields(), actor);
        Flash.success(redirect, "bulletin.flash.updated");
        return "redirect:/bulletins/" + id;
      } catch (RuleViolationException e) {
        e.addTo(result);
      } catch (ConflictException | ObjectOptimisticLockingFailureException e) {
        // Someone saved first: show their version; the user redoes the change on it.
        BulletinView fresh = bulletins.get(id);
        model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "bulletinForm");
        model.addAttribute("bulletinForm", BulletinForm.of(fresh));
        model.addAttribute("coverageForm", newCoverage(fresh));
        Conflicts.show(model, response);
        return detail(fresh, actor, model);
      }
    }
    model.addAttribute("coverageForm", newCoverage(current));
    model.addAttribute("editOpen", true);
    return detail(current, actor, model);
  }

  // ------------------------------------------------------------------ coverage

  @PostMapping("/{id}/coverage")
  String addCoverage(
      @PathVariable long id,
      Actor actor,
      @ModelAttribute("coverageForm") CoverageForm form,
      BindingResult result,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model,
      RedirectAttributes redirect) {
    if (!result.hasErrors()) {
      try {
        bulletins.addCoverage(id, form.fields(), actor);
        if (htmx != null) {
          BulletinView b = bulletins.get(id);
          model.addAttribute("coverageForm", newCoverage(b));
          model.addAttribute("coverageAdded", true);
          return coverage(b, actor, model);
        }
        Flash.success(redirect, "coverage.flash.added");
        return "redirect:/bulletins/" + id + "#coverage";
      } catch (RuleViolationException e) {
        e.addTo(result);
      }
    }
    BulletinView b = bulletins.get(id);
    if (htmx != null) {
      return coverage(b, actor, model);
    }
    model.addAttribute("bulletinForm", BulletinForm.of(b));
    return detail(b, actor, model);
  }

  @PostMapping("/{id}/coverage/{cid}/delete")
  String deleteCoverage(
      @PathVariable long id,
      @PathVariable long cid,
      Actor actor,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model,
      RedirectAttributes redirect) {
    try {
      bulletins.deleteCoverage(id, cid, actor);
    } catch (RuleViolationException e) {
      if (htmx == null) {
        Flash.error(redirect, e.violations().get(0).code(), e.violations().get(0).args().toArray());
        return "redirect:/bulletins/" + id + "#coverage";
      }
      model.addAttribute("coverageError", e.violations().get(0));
    }
    if (htmx != null) {
      BulletinView b = bulletins.get(id);
      model.addAttribute("coverageForm", newCoverage(b));
      return coverage(b, actor, model);
    }
    Flash.success(redirect, "coverage.flash.deleted");
    return "redirect:/bulletins/" + id + "#coverage";
  }

  // ------------------------------------------------------------------ views

  private String detail(BulletinView b, Actor actor, Model model) {
    model.addAttribute("bulletin", b);
    model.addAttribute("canEdit", bulletins.canEdit(b, actor));
    model.addAttribute("canAddCoverage", bulletins.canAddCoverage(b, actor));
    model.addAttribute("otherDepartment", bulletins.isOtherDepartments(b, actor));
    model.addAttribute("history", bulletins.history(b.id()));
    var days = bulletins.congressDays();
    List<LocalDate> choices = new ArrayList<>(days.map(d -> d.postable()).orElse(List.of()));
    if (!choices.contains(b.date())) {
      choices.add(b.date());
      choices.sort(null);
    }
    model.addAttribute("dateChoices", choices);
    return DETAIL;
  }

  private String coverage(BulletinView b, Actor actor, Model model) {
    model.addAttribute("bulletin", b);
    model.addAttribute("canEdit", bulletins.canEdit(b, actor));
    model.addAttribute("canAddCoverage", bulletins.canAddCoverage(b, actor));
    return COVERAGE_FRAGMENT;
  }

  /** A new item defaults to the bulletin's day (most coverage appears the same day). */
  private static CoverageForm newCoverage(BulletinView b) {
    CoverageForm f = new CoverageForm();
    f.setPublishedOn(b.date());
    return f;
  }
}
