// Task list: keep the URL that htmx pushes short and shareable by leaving out empty filter fields.
document.addEventListener("htmx:configRequest", function (event) {
  var form = document.getElementById("task-filter");
  if (!form || event.detail.elt !== form) {
    return;
  }
  var params = event.detail.parameters;
  var empty = [];
  params.forEach(function (value, name) {
    if (value === "") {
      empty.push(name);
    }
  });
  empty.forEach(function (name) {
    params.delete(name);
  });
});
