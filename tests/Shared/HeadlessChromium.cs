using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Playwright;

namespace Careers.Tests;

/// <summary>
/// Debian's chromium, headless, as every browser test drives it: never Playwright's own download, and a missing
/// browser is a failure, not a skip. Linked into each test project that opens a browser (one copy of the logic).
/// </summary>
internal static class HeadlessChromium
{
    public const string Executable = "/usr/bin/chromium";

    /// <summary>Launches chromium headless with the flags of the environment notes, or throws saying how to install it.</summary>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright, string usedBy)
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException(
                $"{Executable} is missing: {usedBy} drives Debian's chromium. Install it with "
                    + "'apt-get install -y chromium' (./test.sh does); Playwright's own browsers are never downloaded."
            );
        }

        return playwright.Chromium.LaunchAsync(
            new()
            {
                ExecutablePath = Executable,
                Headless = true,
                Args =
                [
                    "--no-sandbox",
                    "--disable-gpu",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                ],
            }
        );
    }

    /// <summary>
    /// Lets the page load only what starts with <paramref name="prefix"/>; every other request is aborted and listed
    /// in the returned list, for the test to assert empty.
    /// </summary>
    public static async Task<List<string>> KeepToAsync(IPage page, string prefix)
    {
        var elsewhere = new List<string>();
        await page.RouteAsync(
            "**/*",
            async route =>
            {
                if (route.Request.Url.StartsWith(prefix, StringComparison.Ordinal))
                {
                    await route.ContinueAsync();
                }
                else
                {
                    elsewhere.Add(route.Request.Url);
                    await route.AbortAsync();
                }
            }
        );
        return elsewhere;
    }
}
