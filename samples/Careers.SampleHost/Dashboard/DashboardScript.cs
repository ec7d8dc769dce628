namespace Careers.SampleHost.Dashboard;

/// <summary>
/// The dashboard's one script, served by the host at <c>/dashboard.js</c> (the Content-Security-Policy allows
/// scripts from the host's own origin and nothing inline): it sorts the schools table when a heading's button is
/// pressed (numbers as numbers, symbols last, <c>aria-sort</c> set) and filters its rows by name and type as one
/// types, saying how many are shown. Without it the table is still all there, in the server's order.
/// </summary>
internal static class DashboardScript
{
    /// <summary>The path the script is served from.</summary>
    public const string Path = "/dashboard.js";

    /// <summary>The script.</summary>
    public const string Text = """
        "use strict";
        (function () {
          var table = document.getElementById("schools");
          if (!table) { return; }
          var body = table.tBodies[0];
          var rows = Array.prototype.slice.call(body.rows);
          var filter = document.querySelector("[data-filter='schools']");
          var type = document.querySelector("[data-filter-type='schools']");
          var count = document.querySelector("[data-count='schools']");
          function key(row, column) { return row.cells[column].getAttribute("data-sort") || ""; }
          function sort(column, numeric, descending) {
            var sorted = rows.slice().sort(function (a, b) {
              var x = key(a, column), y = key(b, column);
              if (x === "" || y === "") { return x === y ? 0 : (x === "" ? 1 : -1); }
              var order = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y, "en-GB");
              return descending ? -order : order;
            });
            sorted.forEach(function (row) { body.appendChild(row); });
          }
          table.querySelectorAll("thead th").forEach(function (th, column) {
            var button = th.querySelector("button");
            button.addEventListener("click", function () {
              var descending = th.getAttribute("aria-sort") === "ascending";
              table.querySelectorAll("thead th").forEach(function (other) { other.setAttribute("aria-sort", "none"); });
              th.setAttribute("aria-sort", descending ? "descending" : "ascending");
              sort(column, th.hasAttribute("data-numeric"), descending);
            });
          });
          function apply() {
            var text = (filter.value || "").trim().toLowerCase();
            var kind = type.value;
            var shown = 0;
            rows.forEach(function (row) {
              var visible = row.cells[0].textContent.toLowerCase().indexOf(text) >= 0
                && (kind === "" || row.getAttribute("data-type") === kind);
              row.hidden = !visible;
              if (visible) { shown++; }
            });
            count.textContent = shown + " of " + rows.length + " institutions shown";
          }
          filter.addEventListener("input", apply);
          type.addEventListener("change", apply);
        })();
        """;
}
