using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Careers.DocsSite.Tests;

/// <summary>Where the repository and the built site are.</summary>
internal static class Repository
{
    public static string Root { get; } =
        typeof(Repository)
            .Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepoRoot")
            .Value!;

    public static string Docs => Path.Combine(Root, "docs");

    /// <summary>
    /// The site DocFX built (test.sh runs <c>dotnet docfx docs/docfx.json --warningsAsErrors</c> before the tests).
    /// Without it the tests fail: they never skip.
    /// </summary>
    public static string BuiltSite()
    {
        var site = Path.Combine(Docs, "_site");
        if (!File.Exists(Path.Combine(site, "index.html")))
        {
            throw new InvalidOperationException(
                $"{site} has no index.html: build the site first with 'dotnet tool restore' and "
                    + "'dotnet docfx docs/docfx.json --warningsAsErrors' (./test.sh does, before the tests)."
            );
        }

        return site;
    }
}

/// <summary>The built site served as static files by Kestrel on 127.0.0.1, on a free port.</summary>
public sealed class SiteServer : IAsyncLifetime
{
    private WebApplication? _app;

    /// <summary>The site's address, such as <c>http://127.0.0.1:41234</c>, without a trailing slash.</summary>
    public string Address { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var files = new PhysicalFileProvider(Repository.BuiltSite());
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        _app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        await _app.StartAsync();
        Address = _app
            .Services.GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()!
            .Addresses.Single()
            .TrimEnd('/');
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
