using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Careers.SampleHost.Security;
using Careers.Tests;
using Microsoft.Playwright;

namespace Careers.SampleHost.Tests;

/// <summary>
/// The host on Kestrel with an area large enough (600 learners a year group, about 27 a school) that an analyst's
/// view, with small numbers suppressed, still has figures to draw.
/// </summary>
public sealed class DashboardHost : SqliteHost
{
    protected override bool OnKestrel => true;

    protected override IEnumerable<KeyValuePair<string, string>> Settings() =>
        [new("Careers:Synthetic:LearnersPerYearGroup", "600")];
}

/// <summary>
/// Opens the dashboard in Debian's chromium (<c>/usr/bin/chromium</c>; test.sh installs it) with Playwright: every
/// chart must render with data points and read well (ticks at nice steps, no text outside its chart, percentages to
/// one decimal place, "not measured" drawn apart from 0), the schools table must sort, filter and download as the
/// same CSV, the equity charts must have intervals, provider access must be on the area's and a school's page, the
/// page must work at 390 px, and the screenshots in docs/images are rewritten. Without chromium the test fails: it
/// never skips, and it never downloads a browser.
/// </summary>
public sealed partial class DashboardBrowserTests(DashboardHost host) : IClassFixture<DashboardHost>
{
    private static readonly string[] AreaCharts =
    [
        "benchmarks-area",
        "benchmarks-coverage",
        "benchmarks-institutions",
        "entitlement-year-group",
        "entitlement-characteristic",
        "equity-entitlement-met",
        "equity-met-or-on-track",
        "provider-access-area",
        "kpi-neet.16-17.neet-or-not-known",
        "kpi-destinations.ks4.sustained",
        "kpi-gatsby.average-benchmarks-fully-achieved",
        "kpi-encounters.entitlement-met",
        "funding-deprivation",
    ];

    private static readonly string[] InstitutionCharts =
    [
        "benchmarks",
        "entitlement-year-group",
        "entitlement-characteristic",
        "funding-factors",
        "funding-deprivation",
    ];

    [Fact]
    public async Task Dashboard_AreaThenASchool_EveryChartRendersWithData()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(
            playwright,
            "the dashboard test"
        );
        var page = await browser.NewPageAsync(
            new()
            {
                ViewportSize = new() { Width = 1400, Height = 1000 },
            }
        );
        // Nothing may come from anywhere but the host: no CDN, no third-party code.
        var elsewhere = await HeadlessChromium.KeepToAsync(page, host.Address);

        // Without a key the browser is sent to sign in; an analyst's key leads to the area's page.
        var response = await page.GotoAsync(host.Address + "/");
        Assert.Equal(200, response!.Status);
        Assert.EndsWith("/signin", page.Url, StringComparison.Ordinal);
        await page.FillAsync("#key", host.Key(ApiRole.Analyst));
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(host.Address + "/");
        Assert.Contains("synthetic", await page.TitleAsync(), StringComparison.Ordinal);
        await ChartsRenderedAsync(page, AreaCharts);
        await ReadsWellAsync(page);
        await NotMeasuredIsNotZeroAsync(page);
        await EquityHasIntervalsAsync(page);
        Assert.True(
            await page.Locator(
                    "section[data-section='provider-access'] [data-chart='provider-access-area'] .point"
                )
                .CountAsync() > 0,
            "provider access is not on the area's page"
        );
        await page.ScreenshotAsync(
            new() { Path = Screenshot("dashboard-area.png"), FullPage = true }
        );
        await SchoolsTableSortsAndFiltersAsync(page);
        await CsvMatchesTableAsync(page);

        // Follow a link from the schools table into one school.
        await page.ReloadAsync();
        var link = page.Locator("table.schools a", new() { HasText = "Secondary Academy" }).First;
        var name = await link.InnerTextAsync();
        await link.ClickAsync();
        await page.WaitForURLAsync("**/institutions/*/dashboard");
        Assert.Equal(name, await page.Locator("h1").InnerTextAsync());
        await ChartsRenderedAsync(page, InstitutionCharts);
        await ReadsWellAsync(page);
        var duty = page.Locator(
            "section[data-section='provider-access'] table.provider-access tbody tr"
        );
        Assert.True(await duty.CountAsync() > 0, "provider access is not on the school's page");
        // An analyst sees how many were missed, never who.
        Assert.Equal(0, await page.Locator("details[data-missed]").CountAsync());
        Assert.Equal(
            1,
            await page.Locator("[data-chart='funding-deprivation'] circle.point[r='8']")
                .CountAsync()
        );
        await page.ScreenshotAsync(
            new() { Path = Screenshot("dashboard-institution.png"), FullPage = true }
        );

        // A phone, 390 px wide: the page never scrolls sideways, and the charts still read.
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync(host.Address + "/");
        await NoSidewaysScrollAsync(page);
        await ReadsWellAsync(page);
        await page.ScreenshotAsync(new() { Path = Screenshot("dashboard-phone.png") });
        await page.GotoAsync(host.Address + "/institutions/sec-01/dashboard");
        await NoSidewaysScrollAsync(page);
        Assert.Empty(elsewhere);

        // The school's own key sees who was missed, by learner id.
        var school = await browser.NewPageAsync();
        var fromSchool = await HeadlessChromium.KeepToAsync(school, host.Address);
        await school.GotoAsync(host.Address + "/institutions/sec-01/dashboard");
        await school.FillAsync("#key", host.Key(ApiRole.School, "sec-01"));
        await school.ClickAsync("button[type=submit]");
        await school.WaitForURLAsync("**/institutions/sec-01/dashboard");
        var missed = school.Locator(
            "section[data-section='provider-access'] details[data-missed] li"
        );
        Assert.True(await missed.CountAsync() > 0, "the school does not see who was missed");
        Assert.StartsWith("L", await missed.First.TextContentAsync(), StringComparison.Ordinal);
        Assert.Empty(fromSchool);
    }

    /// <summary>
    /// How the charts read: every text of a chart lies inside its SVG's box (nothing clipped), every percentage on the
    /// page has one decimal place at most, and every axis steps by 1, 2, 2.5 or 5 × 10ⁿ from 0, whole for counts.
    /// </summary>
    private static async Task ReadsWellAsync(IPage page)
    {
        var clipped = await page.EvaluateAsync<string[]>(
            """
            () => Array.from(document.querySelectorAll("figure[data-chart] svg[role=img]")).flatMap(svg => {
              const box = svg.getBoundingClientRect();
              const name = svg.closest("figure").dataset.chart;
              return Array.from(svg.querySelectorAll("text")).map(t => [t, t.getBoundingClientRect()])
                .filter(([t, r]) => r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5
                  || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5))
                .map(([t]) => name + ": " + t.textContent);
            })
            """
        );
        Assert.Empty(clipped);

        var text = await page.EvaluateAsync<string>("() => document.body.textContent");
        var percentages = Percentage().Matches(text).Select(m => m.Value).ToArray();
        Assert.NotEmpty(percentages);
        Assert.All(
            percentages,
            p =>
                Assert.True(
                    p.Split('.').ElementAtOrDefault(1)?.TrimEnd('%').Length is null or <= 1,
                    p
                )
        );

        var axes = await page.EvaluateAsync<AxisTicks[]>(
            """
            () => {
              const axes = {};
              document.querySelectorAll("figure[data-chart] text.tick").forEach(t => {
                const key = t.closest("figure").dataset.chart + " " + t.dataset.axis;
                (axes[key] = axes[key] || []).push(parseFloat(t.dataset.value));
              });
              return Object.entries(axes).map(([name, values]) => ({ name, values }));
            }
            """
        );
        Assert.NotEmpty(axes);
        foreach (var axis in axes)
        {
            var values = axis.Values.Order().Distinct().ToArray();
            Assert.True(values.Length >= 2, axis.Name);
            var step = (decimal)(values[1] - values[0]);
            Assert.True(IsNice(step), $"{axis.Name}: step {step}");
            Assert.All(values, v => Assert.Equal(0m, Math.Round((decimal)v / step, 6) % 1));
            if (WholeAxes.Any(w => axis.Name.StartsWith(w, StringComparison.Ordinal)))
            {
                Assert.All(values, v => Assert.Equal(Math.Round(v), v));
            }
        }
    }

    // Charts of counts of pupils, schools or benchmarks: whole ticks only.
    private static readonly string[] WholeAxes =
    [
        "benchmarks-institutions",
        "entitlement-year-group",
        "provider-access-area",
    ];

    /// <summary>Whether a step is 1, 2, 2.5 or 5 × 10ⁿ.</summary>
    internal static bool IsNice(decimal step)
    {
        if (step <= 0)
        {
            return false;
        }

        while (step >= 10)
        {
            step /= 10;
        }

        while (step < 1)
        {
            step *= 10;
        }

        return step is 1m or 2m or 2.5m or 5m;
    }

    /// <summary>The share of learners meeting a benchmark the record cannot prove is drawn hatched and said "not measured", never as a 0 bar.</summary>
    private static async Task NotMeasuredIsNotZeroAsync(IPage page)
    {
        var missing = page.Locator("[data-chart='benchmarks-coverage'] g.missing");
        Assert.True(await missing.CountAsync() > 0, "no figure drawn as not measured");
        Assert.Equal("not measured", await missing.First.Locator("text").TextContentAsync());
        Assert.StartsWith(
            "url(#",
            await missing.First.Locator("rect").GetAttributeAsync("fill"),
            StringComparison.Ordinal
        );
        Assert.Contains(
            "not measured",
            await page.Locator("[data-chart='benchmarks-coverage'] details table")
                .TextContentAsync(),
            StringComparison.Ordinal
        );
    }

    /// <summary>Each equity chart draws each gap with its interval around it and says whether it is significant.</summary>
    private static async Task EquityHasIntervalsAsync(IPage page)
    {
        var intervals = await page.Locator("[data-chart^='equity'] g.interval")
            .EvaluateAllAsync<double[][]>(
                """
                gs => gs.map(g => [parseFloat(g.dataset.lower), parseFloat(g.querySelector(".point").dataset.value), parseFloat(g.dataset.upper), g.querySelectorAll("line").length])
                """
            );
        Assert.True(intervals.Length > 4, "the equity charts have hardly any interval");
        Assert.All(
            intervals,
            i =>
            {
                Assert.True(i[0] <= i[1] && i[1] <= i[2], string.Join(" ", i));
                Assert.Equal(3, i[3]);
            }
        );
        var verdicts = await page.Locator(
                "[data-chart^='equity'] details table tbody td:last-child"
            )
            .AllTextContentsAsync();
        Assert.Contains(
            verdicts,
            v => v == "not significant" || v.StartsWith("significantly", StringComparison.Ordinal)
        );
    }

    /// <summary>The schools table sorts by a heading (both ways, numbers as numbers) and filters by name and type.</summary>
    private static async Task SchoolsTableSortsAndFiltersAsync(IPage page)
    {
        var table = page.Locator("table.schools");
        var total = await table.Locator("tbody tr").CountAsync();
        Assert.True(total > 10, "the schools table is nearly empty");

        await table.Locator("button[data-sort-column='7']").ClickAsync();
        var ascending = await SortKeysAsync(page, 7);
        Assert.Equal(ascending.Order().ToArray(), ascending);
        Assert.Equal(
            "ascending",
            await table
                .Locator("th:has(button[data-sort-column='7'])")
                .GetAttributeAsync("aria-sort")
        );
        await table.Locator("button[data-sort-column='7']").ClickAsync();
        var descending = await SortKeysAsync(page, 7);
        Assert.Equal(descending.OrderDescending().ToArray(), descending);
        Assert.NotEqual(ascending, descending);

        var names = await table.Locator("tbody th").AllTextContentsAsync();
        var part = names.First(n => n.Contains("Secondary", StringComparison.Ordinal)).Split(' ')[
            0
        ];
        await page.FillAsync("#schools-filter", part.ToLowerInvariant());
        var shown = await table.Locator("tbody tr:not([hidden]) th").AllTextContentsAsync();
        Assert.Equal(
            names.Where(n => n.Contains(part, StringComparison.OrdinalIgnoreCase)).Order(),
            shown.Order()
        );
        Assert.True(shown.Count < total);
        Assert.Equal(
            $"{shown.Count} of {total} institutions shown",
            await page.Locator("[data-count='schools']").TextContentAsync()
        );
        await page.FillAsync("#schools-filter", "");
        await page.SelectOptionAsync("#schools-type", "primary school");
        var types = await table
            .Locator("tbody tr:not([hidden]) td:nth-child(2)")
            .AllTextContentsAsync();
        Assert.NotEmpty(types);
        Assert.All(types, t => Assert.Equal("primary school", t));
        await page.SelectOptionAsync("#schools-type", "");
        Assert.Equal(total, await table.Locator("tbody tr:not([hidden])").CountAsync());
    }

    private static async Task<decimal[]> SortKeysAsync(IPage page, int column) =>
        (
            await page.Locator($"table.schools tbody tr > :nth-child({column + 1})")
                .EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.sort)")
        )
            .Where(k => k.Length > 0)
            .Select(k => decimal.Parse(k, CultureInfo.InvariantCulture))
            .ToArray();

    /// <summary>The CSV the page offers holds the table's headings and every row's cells, as the page shows them.</summary>
    private static async Task CsvMatchesTableAsync(IPage page)
    {
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.Locator("a[data-download='schools']").ClickAsync()
        );
        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        var csv = Csv(await File.ReadAllTextAsync((await download.PathAsync())!));
        var table = await page.EvaluateAsync<string[][]>(
            """
            () => [Array.from(document.querySelectorAll("table.schools thead th")).map(c => c.textContent)]
              .concat(Array.from(document.querySelectorAll("table.schools tbody tr"))
                .map(r => Array.from(r.cells).map(c => c.textContent)))
            """
        );
        Assert.Equal(table[0], csv[0]);
        Assert.Equal(
            table.Skip(1).Select(r => string.Join("\u0001", r)).Order(),
            csv.Skip(1).Select(r => string.Join("\u0001", r)).Order()
        );
        Assert.Contains(
            csv.Skip(1),
            r => r[3] == "c" || r[3].Contains('.', StringComparison.Ordinal)
        );
    }

    /// <summary>RFC 4180 CSV into rows of cells.</summary>
    private static List<string[]> Csv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n')
            {
                row.Add(cell.ToString().TrimEnd('\r'));
                cell.Clear();
                rows.Add(row.ToArray());
                row.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        return rows;
    }

    private static async Task NoSidewaysScrollAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>(
            "() => [document.documentElement.scrollWidth, document.body.scrollWidth, window.innerWidth]"
        );
        Assert.True(
            widths[0] <= widths[2] && widths[1] <= widths[2],
            $"the page scrolls sideways at {widths[2]} px: {widths[0]} px wide"
        );
    }

    /// <summary>An axis's ticks as the browser reads them.</summary>
    private sealed class AxisTicks
    {
        public string Name { get; set; } = "";

        public double[] Values { get; set; } = [];
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\d+(\.\d+)?%")]
    private static partial System.Text.RegularExpressions.Regex Percentage();

    private static async Task ChartsRenderedAsync(IPage page, IReadOnlyList<string> expected)
    {
        var charts = page.Locator("figure[data-chart]");
        var names = new List<string>();
        var drawn = 0;
        for (var i = 0; i < await charts.CountAsync(); i++)
        {
            var chart = charts.Nth(i);
            var name = (await chart.GetAttributeAsync("data-chart"))!;
            names.Add(name);
            var svg = chart.Locator("svg[role='img']");
            Assert.True(await svg.IsVisibleAsync(), name);
            var box = await svg.BoundingBoxAsync();
            Assert.True(box is { Width: > 100, Height: > 50 }, name);

            // Labelled for assistive technology: a title and a description, a caption and the figures as a table.
            var labelledBy = (await svg.GetAttributeAsync("aria-labelledby"))!.Split(' ');
            Assert.Equal(2, labelledBy.Length);
            foreach (var id in labelledBy)
            {
                Assert.False(
                    string.IsNullOrWhiteSpace(
                        await page.Locator("#" + id.Replace(".", "\\.", StringComparison.Ordinal))
                            .TextContentAsync()
                    ),
                    name
                );
            }

            Assert.False(
                string.IsNullOrWhiteSpace(await chart.Locator("figcaption").InnerTextAsync()),
                name
            );
            Assert.True(await chart.Locator("details table tbody tr").CountAsync() > 0, name);

            // Data points drawn, each with its value. (A value may be 0: with no declared answers in the synthetic
            // area, no institution fully achieves a benchmark.)
            var values = (
                await chart
                    .Locator(".point")
                    .EvaluateAllAsync<string[]>(
                        "points => points.map(p => p.getAttribute('data-value') || '')"
                    )
            )
                .Where(v => v.Length > 0)
                .Select(v => double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture))
                .ToArray();
            Assert.True(values.Length > 0, $"{name} has no data points");
            // Gaps between groups may be below 0; every other figure is a count, share or sum.
            Assert.All(
                values,
                v =>
                    Assert.True(
                        double.IsFinite(v)
                            && (v >= 0 || name.StartsWith("equity", StringComparison.Ordinal)),
                        name
                    )
            );
            drawn += values.Count(v => v > 0);
        }

        Assert.Equal(expected, names);
        Assert.True(drawn > 10, "the charts show hardly any figure above 0");
    }

    private static string Screenshot(string name)
    {
        var folder = Path.Combine(Repository.Root, "docs", "images");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
