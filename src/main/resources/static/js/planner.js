// Sends the CSRF token with every htmx request (forms carry it as _csrf already).
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
// Elements with data-confirm ask before submitting (no inline script under our CSP).
document.addEventListener("submit", function (event) {
  var message = event.target.getAttribute("data-confirm");
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});
// Selects and inputs with data-autosubmit submit their form on change.
document.addEventListener("change", function (event) {
  if (event.target.matches("[data-autosubmit]")) {
    var form = event.target.form;
    if (form && !window.htmx) { form.submit(); }
  }
});
// On a phone the list's filter panel starts closed, so that the results are on the first screen.
document.addEventListener("DOMContentLoaded", function () {
  if (window.matchMedia("(max-width: 767.98px)").matches) {
    document.querySelectorAll("details.filter-panel[open]").forEach(function (panel) {
      panel.open = false;
    });
  }
});
// Forms list their required fields in data-required: each label gets a mark, each input
// aria-required (the service still decides; this only tells the user before they submit).
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("form[data-required]").forEach(function (form) {
    form.getAttribute("data-required").split(/\s+/).forEach(function (name) {
      if (!name) { return; }
      var input = form.querySelector("[name='" + name + "']");
      if (!input) { return; }
      input.setAttribute("aria-required", "true");
      var label = input.id ? form.querySelector("label[for='" + input.id + "']") : null;
      if (label && !label.querySelector(".required-mark")) {
        var mark = document.createElement("span");
        mark.className = "required-mark";
        mark.setAttribute("aria-hidden", "true");
        mark.textContent = "*";
        label.appendChild(mark);
      }
    });
  });
});
// A refused form: focus its first field in error (or the summary when the error is the form's).
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.querySelector(".error-summary");
  if (!summary) { return; }
  var form = summary.closest("form");
  var first = form ? form.querySelector(".is-invalid") : null;
  (first || summary).focus();
});
// After htmx pushed a new URL (a filter change), the language link follows it.
document.addEventListener("htmx:pushedIntoHistory", function () {
  document.querySelectorAll("a[data-lang-link]").forEach(function (link) {
    var url = new URL(window.location.href);
    url.searchParams.set("lang", link.getAttribute("lang") || "en");
    link.setAttribute("href", url.pathname + url.search);
  });
});
// Task form: the lead department is never offered as a cooperating one.
document.addEventListener("change", function (event) {
  if (event.target.id !== "leadDepartment") { return; }
  var lead = event.target.value;
  document.querySelectorAll(".cooperating-choices [data-department]").forEach(function (choice) {
    var isLead = choice.getAttribute("data-department") === lead;
    choice.hidden = isLead;
    if (isLead) {
      var box = choice.querySelector("input[type=checkbox]");
      if (box) { box.checked = false; }
    }
  });
});
// A table wider than the screen scrolls inside its .table-responsive box: keyboard users reach it
// (tabindex) and screen readers hear what it is (the table's caption).
function markScrollableTables(root) {
  (root || document).querySelectorAll(".table-responsive").forEach(function (box) {
    if (box.scrollWidth > box.clientWidth + 1) {
      box.setAttribute("tabindex", "0");
      box.setAttribute("role", "region");
      var caption = box.querySelector("caption");
      if (caption && !box.hasAttribute("aria-label")) {
        box.setAttribute("aria-label", caption.textContent.trim());
      }
    } else if (box.getAttribute("role") === "region") {
      box.removeAttribute("tabindex");
      box.removeAttribute("role");
    }
  });
}
document.addEventListener("DOMContentLoaded", function () { markScrollableTables(); });
window.addEventListener("resize", function () { markScrollableTables(); });
document.addEventListener("htmx:afterSettle", function () { markScrollableTables(); });
