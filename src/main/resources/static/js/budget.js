// Budget page: the print button, and a live "= amount" preview next to quantity × unit price.
document.addEventListener("click", function (event) {
  if (event.target.closest("[data-print]")) {
    window.print();
  }
});
function budgetPreview(form) {
  var q = form.querySelector("input[name=quantity]");
  var p = form.querySelector("input[name=unitPrice]");
  var out = form.querySelector("[data-amount-preview]");
  if (!q || !p || !out) { return; }
  var qv = parseFloat(q.value), pv = parseFloat(p.value);
  if (isNaN(qv) || isNaN(pv)) { out.textContent = ""; return; }
  var amount = Math.round(qv * pv);
  out.textContent = "= " + amount.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".") + " \u20ab";
}
document.addEventListener("input", function (event) {
  var form = event.target.form;
  if (form && event.target.matches("input[name=quantity], input[name=unitPrice]")) {
    budgetPreview(form);
  }
});
