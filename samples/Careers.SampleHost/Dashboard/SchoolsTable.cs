using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Careers.Encounters;
using Careers.Funding;
using Careers.Kpi;
using Careers.SampleHost.Analytics;
using Careers.SampleHost.Data;
using static Careers.SampleHost.Dashboard.Svg;

namespace Careers.SampleHost.Dashboard;

/// <summary>
/// One institution's row of the schools table, as text: the same cells the page shows and the CSV download holds.
/// </summary>
/// <param name="Id">The institution's id.</param>
/// <param name="Cells">The cells, in the order of <see cref="SchoolsTable.Columns"/>.</param>
/// <param name="SortKeys">For each cell, the value the table sorts on (a number, or the text).</param>
internal sealed record SchoolRow(
    string Id,
    IReadOnlyList<string> Cells,
    IReadOnlyList<string> SortKeys
);

/// <summary>
/// The area's schools table: every institution with its Gatsby Benchmarks fully achieved, the share of its learners
/// in scope who have met the four-encounter entitlement, its provider access duty to each cohort in each key phase
/// and its funding per pupil from the dashboard's fund. The page sorts and filters it in the browser
/// (<see cref="DashboardScript"/>); <c>/dashboard/schools.csv</c> downloads the same cells. Figures about pupils are
/// suppressed for a viewer who sees aggregates only (<c>c</c>); a figure that does not apply shows <c>z</c> (the
/// benchmarks and entitlement of a primary school, provider access at a college) and one that cannot be worked out <c>x</c> (records
/// refused).
/// </summary>
internal static class SchoolsTable
{
    /// <summary>The columns' headings.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "Institution",
        "Type",
        "Benchmarks fully achieved (of 8)",
        "Entitlement met (%)",
        "Provider access: " + Labels.Of(ProviderAccessPhase.One),
        "Provider access: " + Labels.Of(ProviderAccessPhase.Two),
        "Provider access: " + Labels.Of(ProviderAccessPhase.Three),
        "Funding per pupil (£)",
    ];

    /// <summary>The rows, one per institution, in the order given.</summary>
    public static IReadOnlyList<SchoolRow> Rows(
        IReadOnlyList<InstitutionRow> institutions,
        AreaGatsby gatsby,
        EntitlementResult entitlement,
        IReadOnlyDictionary<string, Evaluation<ProviderAccessResult>> providerAccess,
        FundingAllocation funding,
        SuppressionRule? rule
    )
    {
        var scored = gatsby.Institutions.ToDictionary(
            i => i.Institution.Id,
            i => i.Result.BenchmarksFullyAchieved,
            StringComparer.Ordinal
        );
        var byInstitution = entitlement
            .Learners.Where(l => l.Status != EntitlementStatus.NotInScope)
            .ToLookup(l => l.Learner.InstitutionId ?? "", StringComparer.Ordinal);
        var allocated = funding.Institutions.ToDictionary(i => i.Id, StringComparer.Ordinal);
        return institutions
            .Select(i =>
            {
                var type = (InstitutionType)i.Type;
                var cells = new List<string> { i.Name, Labels.Of(type) };
                var keys = new List<string> { i.Name, Labels.Of(type) };

                if (type == InstitutionType.Primary)
                {
                    Add(GssSymbol.NotApplicable.Code(), "");
                }
                else if (scored.TryGetValue(i.Id, out var achieved))
                {
                    Add(achieved.ToString(CultureInfo.InvariantCulture), Key(achieved));
                }
                else
                {
                    Add(GssSymbol.NotAvailable.Code(), "");
                }

                var learners = byInstitution[i.Id].ToArray();
                var met = learners.Count(l => l.Status == EntitlementStatus.Met);
                if (type == InstitutionType.Primary)
                {
                    // The entitlement is for secondary pupils (Years 7 to 13).
                    Add(GssSymbol.NotApplicable.Code(), "");
                }
                else if (learners.Length == 0)
                {
                    Add(GssSymbol.NotAvailable.Code(), "");
                }
                else if (rule is not null && rule.Suppresses(met, learners.Length))
                {
                    Add(GssSymbol.Suppressed.Code(), "");
                }
                else
                {
                    var percent = 100m * met / learners.Length;
                    Add(DfeRounding.Format(percent, 1), Key(percent));
                }

                foreach (var phase in Enum.GetValues<ProviderAccessPhase>())
                {
                    var text = Duty(providerAccess.GetValueOrDefault(i.Id), phase);
                    Add(text, text);
                }

                if (
                    allocated.TryGetValue(i.Id, out var allocation)
                    && allocation.PerPupilPence is { } pp
                )
                {
                    Add(PoundsText(pp), Key(pp / 100m));
                }
                else
                {
                    Add(GssSymbol.NotApplicable.Code(), "");
                }

                return new SchoolRow(i.Id, cells, keys);

                void Add(string cell, string key)
                {
                    cells.Add(cell);
                    keys.Add(key);
                }
            })
            .ToArray();
    }

    /// <summary>
    /// A school's duty in one key phase to each cohort whose window has opened: "Year 8 in 2023/24: met; Year 8 in
    /// 2024/25: in progress" ("not yet open" when none has); <c>z</c> where the duty does not apply, <c>x</c> where the
    /// records cannot be evaluated.
    /// </summary>
    public static string Duty(
        Evaluation<ProviderAccessResult>? evaluation,
        ProviderAccessPhase phase
    )
    {
        if (evaluation is not { Success: true } ok)
        {
            return GssSymbol.NotAvailable.Code();
        }

        var result = ok.Result;
        var cohorts = result.Cohorts.Where(c => c.Phase == phase).ToArray();
        if (!result.Scope.InScope || cohorts.Length == 0)
        {
            return GssSymbol.NotApplicable.Code();
        }

        var opened = cohorts.Where(c => c.Status != DutyStatus.NotYetOpen).ToArray();
        return opened.Length == 0
            ? Labels.Of(DutyStatus.NotYetOpen)
            : string.Join("; ", opened.Select(c => $"{c.Cohort}: {Labels.Of(c.Status)}"));
    }

    /// <summary>The table as HTML, with a filter box and a type filter above it and sortable headings.</summary>
    public static string Html(IReadOnlyList<SchoolRow> rows, string csvHref)
    {
        var html = new StringBuilder();
        var types = rows.Select(r => r.Cells[1])
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        html.Append("<div class=\"table-tools\" data-table=\"schools\">");
        html.Append(
            "<label for=\"schools-filter\">Find a school</label> <input type=\"search\" id=\"schools-filter\" data-filter=\"schools\" autocomplete=\"off\">"
        );
        html.Append(
            " <label for=\"schools-type\">Type</label> <select id=\"schools-type\" data-filter-type=\"schools\"><option value=\"\">all</option>"
        );
        foreach (var type in types)
        {
            html.Append($"<option value=\"{E(type)}\">{E(type)}</option>");
        }

        html.Append("</select>");
        html.Append(
            $" <a href=\"{E(csvHref)}\" download data-download=\"schools\">Download as CSV</a>"
        );
        html.Append(
            $"<p class=\"count\" aria-live=\"polite\" data-count=\"schools\">{rows.Count} of {rows.Count} institutions shown</p></div>"
        );
        html.Append(
            "<div class=\"scroll\"><table class=\"schools\" id=\"schools\"><caption>Every institution of the area: select a heading to sort by it</caption><thead><tr>"
        );
        for (var c = 0; c < Columns.Count; c++)
        {
            var numeric = c is 2 or 3 or 7;
            html.Append(
                $"<th scope=\"col\" aria-sort=\"none\"{(numeric ? " data-numeric" : "")}><button type=\"button\" data-sort-column=\"{c}\">{E(Columns[c])}</button></th>"
            );
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append($"<tr data-type=\"{E(row.Cells[1])}\">");
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var cell =
                    c == 0
                        ? $"<a href=\"/institutions/{E(Uri.EscapeDataString(row.Id))}/dashboard\">{E(row.Cells[c])}</a>"
                        : E(row.Cells[c]);
                var tag = c == 0 ? "th scope=\"row\"" : "td";
                var end = c == 0 ? "th" : "td";
                html.Append($"<{tag} data-sort=\"{E(row.SortKeys[c])}\">{cell}</{end}>");
            }

            html.Append("</tr>");
        }

        return html.Append("</tbody></table></div>").ToString();
    }

    /// <summary>
    /// The table as CSV (RFC 4180): the headings, then each row's cells exactly as the page shows them (a cell that
    /// would start a spreadsheet formula after an apostrophe).
    /// </summary>
    public static string Csv(IReadOnlyList<SchoolRow> rows)
    {
        var csv = new StringBuilder();
        csv.Append(string.Join(",", Columns.Select(Quote))).Append("\r\n");
        foreach (var row in rows)
        {
            csv.Append(string.Join(",", row.Cells.Select(Quote))).Append("\r\n");
        }

        return csv.ToString();
    }

    // A cell a spreadsheet would run as a formula (=, +, -, @ first) is written after an apostrophe (OWASP, CSV
    // injection); no figure of the table starts so, only a name could.
    private static string Quote(string cell)
    {
        if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            cell = "'" + cell;
        }

        return cell.IndexOfAny([',', '"', '\r', '\n']) >= 0
            ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : cell;
    }

    private static string Key(decimal value) =>
        value.ToString("0.######", CultureInfo.InvariantCulture);
}
