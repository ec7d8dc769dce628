using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Careers.Tests;
using Microsoft.Playwright;

namespace Careers.DocsSite.Tests;

/// <summary>
/// Opens the built documentation site in Debian's chromium (<c>/usr/bin/chromium</c>; test.sh installs it) with
/// Playwright, served on loopback: the home page, every article of the table of contents, an API page, and the search
/// box, which must find "UPN" from the site's own index with no request leaving the site. The screenshot of the home
/// page in docs/images is rewritten. Without chromium or the built site the test fails: it never skips, and it never
/// downloads a browser.
/// </summary>
public sealed partial class SiteBrowserTests(SiteServer site) : IClassFixture<SiteServer>
{
    [GeneratedRegex(@"^\s*-?\s*href:\s*(?<href>\S+\.md)\s*$", RegexOptions.Multiline)]
    private static partial Regex TocHref();

    /// <summary>The articles of docs/articles/toc.yml, as the pages DocFX makes of them.</summary>
    private static List<string> ArticlePages() =>
        TocHref()
            .Matches(File.ReadAllText(Path.Combine(Repository.Docs, "articles", "toc.yml")))
            .Select(m => "articles/" + Path.ChangeExtension(m.Groups["href"].Value, ".html"))
            .ToList();

    [Fact]
    public async Task Site_HomeEveryArticleAnApiPageAndSearch_WorkOffline()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(
            playwright,
            "the docs site test"
        );
        var page = await browser.NewPageAsync(
            new()
            {
                ViewportSize = new() { Width = 1280, Height = 900 },
                ColorScheme = ColorScheme.Light,
            }
        );

        // Nothing may come from anywhere but the site: no CDN, no web font, no analytics.
        var elsewhere = await HeadlessChromium.KeepToAsync(page, site.Address + "/");
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add($"{page.Url}: {error}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                errors.Add($"{response.Url}: HTTP {response.Status}");
            }
        };

        // The home page.
        await OpenAsync(page, "index.html", "Careers SDK");
        await page.ScreenshotAsync(
            new() { Path = Path.Combine(Repository.Docs, "images", "docs-home.png") }
        );

        // Every article of the table of contents, each with its title and its link in the table of contents.
        var articles = ArticlePages();
        Assert.True(
            articles.Count >= 12,
            $"only {articles.Count} articles in docs/articles/toc.yml"
        );
        foreach (var article in articles)
        {
            await OpenAsync(page, article, null);
            await page.Locator($"#toc a[href$='{Path.GetFileName(article)}']")
                .First.WaitForAsync(
                    new() { State = WaitForSelectorState.Attached, Timeout = 10_000 }
                );
        }

        // An API page: the type, its summary and its members' pages linked.
        await OpenAsync(page, "api/Careers.Upn.html", "Upn");
        Assert.Contains(
            "Unique Pupil Number",
            await page.Locator("article .summary").First.InnerTextAsync(),
            StringComparison.OrdinalIgnoreCase
        );

        // The search box, from the index DocFX built (index.json), in a worker of the site's own scripts.
        await OpenAsync(page, "index.html", "Careers SDK");
        await page.FillAsync("#search-query", "UPN");
        var results = page.Locator("#search-results .sr-item .item-title a");
        await results.First.WaitForAsync(new() { Timeout = 15_000 });
        Assert.True(await results.CountAsync() > 0);
        var titles = await results.AllInnerTextsAsync();
        Assert.Contains(titles, t => t.Contains("Upn", StringComparison.Ordinal));

        Assert.Empty(errors);
        Assert.Empty(elsewhere);
    }

    private async Task OpenAsync(IPage page, string path, string? title)
    {
        var response = await page.GotoAsync($"{site.Address}/{path}");
        Assert.NotNull(response);
        Assert.True(response.Status == 200, $"{path}: HTTP {response.Status}");
        var heading = page.Locator("article h1").First;
        await heading.WaitForAsync(new() { Timeout = 10_000 });
        var text = (await heading.InnerTextAsync()).Trim();
        Assert.False(string.IsNullOrEmpty(text), $"{path} has no title");
        if (title is not null)
        {
            Assert.Contains(title, text, StringComparison.Ordinal);
        }
    }
}
