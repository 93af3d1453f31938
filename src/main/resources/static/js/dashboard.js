// Dashboard charts (issue 5). The numbers come from the page's own tables, so that a chart always
// shows what the accessible table next to it says; without JavaScript only the tables remain.
(function () {
  "use strict";

  var COLORS = {
    DONE_ON_TIME: "#198754",
    DONE_LATE: "#6f42c1",
    OVERDUE: "#dc3545",
    DUE_SOON: "#ffc107",
    ON_TRACK: "#0d6efd"
  };

  function text(element) {
    return element ? element.textContent.replace(/\s+/g, " ").trim() : "";
  }

  function value(cell) {
    var n = parseInt(text(cell), 10);
    return isNaN(n) ? 0 : n;
  }

  // Series are the header cells marked data-series (deadline statuses); each body row has its
  // number for a series in the same column.
  function stacked(table, limit) {
    var heads = Array.prototype.slice.call(table.querySelectorAll("thead tr:first-child > th"));
    var rows = Array.prototype.slice.call(table.querySelectorAll("tbody tr"));
    if (limit) { rows = rows.slice(0, limit); }
    var datasets = [];
    heads.forEach(function (head, column) {
      var key = head.getAttribute("data-series");
      if (!key) { return; }
      datasets.push({
        label: text(head),
        backgroundColor: COLORS[key] || "#6c757d",
        data: rows.map(function (row) { return value(row.cells[column]); })
      });
    });
    return {
      labels: rows.map(function (row) { return text(row.querySelector("th")); }),
      datasets: datasets
    };
  }

  // The status table has one row per deadline status and one count column.
  function doughnut(table) {
    var rows = Array.prototype.slice.call(table.querySelectorAll("tbody tr[data-status]"));
    return {
      labels: rows.map(function (row) { return text(row.querySelector("th")); }),
      datasets: [{
        data: rows.map(function (row) { return value(row.querySelector('td[data-series="count"]')); }),
        backgroundColor: rows.map(function (row) { return COLORS[row.getAttribute("data-status")]; })
      }]
    };
  }

  function draw(canvas) {
    var table = document.getElementById(canvas.getAttribute("data-source"));
    if (!table) { return; }
    var kind = canvas.getAttribute("data-chart");
    var limit = parseInt(canvas.getAttribute("data-limit") || "0", 10);
    var config;
    if (kind === "doughnut") {
      config = {
        type: "doughnut",
        data: doughnut(table),
        options: { maintainAspectRatio: false, plugins: { legend: { position: "bottom", labels: { boxWidth: 12 } } } }
      };
    } else {
      var horizontal = kind === "stacked-horizontal";
      config = {
        type: "bar",
        data: stacked(table, limit),
        options: {
          maintainAspectRatio: false,
          indexAxis: horizontal ? "y" : "x",
          scales: {
            x: { stacked: true, ticks: horizontal ? { precision: 0 } : {} },
            y: { stacked: true, ticks: horizontal ? {} : { precision: 0 } }
          },
          plugins: { legend: { position: "bottom", labels: { boxWidth: 12 } } }
        }
      };
    }
    canvas.closest("[data-chart-box]").hidden = false;
    new window.Chart(canvas, config);
  }

  document.addEventListener("DOMContentLoaded", function () {
    if (!window.Chart) { return; }
    window.Chart.defaults.animation = false;
    document.querySelectorAll("canvas[data-chart]").forEach(draw);
  });
})();
