using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Careers.SampleHost.Security;
using Careers.Tests;
using Microsoft.Playwright;

namespace Careers.SampleHost.Tests;

/// <summary>
/// The host's pages work under its content security policy (issue 16): in Debian's chromium, the sign-in page, the
/// area's and a school's dashboard, and the API reference report no violation of the policy and fetch nothing from
/// another origin. Without chromium the test fails; it never skips and never downloads a browser.
/// </summary>
public sealed class ContentSecurityPolicyBrowserTests(SqliteKestrelHost host)
    : IClassFixture<SqliteKestrelHost>
{
    [Fact]
    public async Task Pages_UnderThePolicy_NoViolation_NothingFromElsewhere()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(
            playwright,
            "the content security policy test"
        );
        var page = await browser.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (
                message.Text.Contains("Content Security Policy", StringComparison.Ordinal)
                || message.Text.Contains("Content-Security-Policy", StringComparison.Ordinal)
            )
            {
                problems.Add($"{page.Url}: {message.Text}");
            }
        };
        await page.RouteAsync(
            "**/*",
            async route =>
            {
                if (route.Request.Url.StartsWith(host.Address, StringComparison.Ordinal))
                {
                    await route.ContinueAsync();
                }
                else
                {
                    problems.Add("fetched from elsewhere: " + route.Request.Url);
                    await route.AbortAsync();
                }
            }
        );
        // Violations are also reported to the page as events: count them there too.
        await page.AddInitScriptAsync(
            "window.__violations = []; document.addEventListener('securitypolicyviolation', e => "
                + "window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));"
        );

        async Task CheckAsync(string what)
        {
            foreach (var v in await page.EvaluateAsync<string[]>("window.__violations"))
            {
                problems.Add($"{what}: {v}");
            }
        }

        await page.GotoAsync(host.Address + "/signin");
        await CheckAsync("sign-in");
        await page.FillAsync("#key", host.Key(ApiRole.Analyst));
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(host.Address + "/");
        // The style sheet applies: the header is drawn dark, as the dashboard's own CSS says.
        Assert.Equal(
            "rgb(11, 12, 12)",
            await page.EvalOnSelectorAsync<string>(
                "header",
                "h => getComputedStyle(h).backgroundColor"
            )
        );
        await CheckAsync("area dashboard");

        await page.GotoAsync(host.Address + "/institutions/sec-01/dashboard");
        await CheckAsync("school dashboard");

        await page.GotoAsync(host.Address + "/scalar");
        await page.WaitForSelectorAsync("text=Careers SDK sample host", new() { Timeout = 30_000 });
        await CheckAsync("API reference");

        Assert.Empty(problems);
    }
}
