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
