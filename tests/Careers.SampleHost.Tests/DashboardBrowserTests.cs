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
/// chart must render with data points, a link must lead into a school, and the screenshots in docs/images are
/// rewritten. Without chromium the test fails: it never skips, and it never downloads a browser.
/// </summary>
public sealed class DashboardBrowserTests(DashboardHost host) : IClassFixture<DashboardHost>
{
    private static readonly string[] AreaCharts =
    [
        "benchmarks-area",
        "benchmarks-coverage",
        "benchmarks-institutions",
        "entitlement-year-group",
        "entitlement-characteristic",
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
        await page.ScreenshotAsync(
            new() { Path = Screenshot("dashboard-area.png"), FullPage = true }
        );

        // Follow a link from the area into one school.
        var link = page.Locator("ul.institutions a", new() { HasText = "Secondary Academy" }).First;
        var name = await link.InnerTextAsync();
        await link.ClickAsync();
        await page.WaitForURLAsync("**/institutions/*/dashboard");
        Assert.Equal(name, await page.Locator("h1").InnerTextAsync());
        await ChartsRenderedAsync(page, InstitutionCharts);
        Assert.Equal(
            1,
            await page.Locator("[data-chart='funding-deprivation'] circle.point[r='8']")
                .CountAsync()
        );
        await page.ScreenshotAsync(
            new() { Path = Screenshot("dashboard-institution.png"), FullPage = true }
        );
        Assert.Empty(elsewhere);
    }

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
            Assert.All(values, v => Assert.True(double.IsFinite(v) && v >= 0, name));
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
