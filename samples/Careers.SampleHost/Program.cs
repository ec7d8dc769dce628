using System;
using System.Linq;
using Careers.SampleHost.Api;
using Careers.SampleHost.Data;
using Careers.SampleHost.Security;
using Careers.SampleHost.Synthetic;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Scalar.AspNetCore;

if (args is [SyntheticCsvCommand.Name, .. var options])
{
    return SyntheticCsvCommand.Run(options, Console.Out, Console.Error);
}

if (args is [SyntheticCsvCommand.CtfName, .. var ctfOptions])
{
    return SyntheticCsvCommand.Run(ctfOptions, Console.Out, Console.Error, ctf: true);
}

#region compose
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddCareersDatabase(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddCareersAnalytics();

// Every 400 and 422 carries field-level errors, a framework's own answers included.
builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = Problems.EnsureErrors);

// A request a minimal API cannot bind throws, so that RequestBodies.BadRequests answers it with a field error (and a
// body over the limit, met while reading, is a 413, never a 500).
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddExceptionHandler<RequestBodies.BadRequests>();

// One JSON policy for every body (JsonPolicy): no property twice, names case-sensitive, no unknown fields.
builder.Services.ConfigureHttpJsonOptions(o => JsonPolicy.Apply(o.SerializerOptions));
builder.Services.AddOpenApi(OpenApiSetup.Configure);
builder.Services.AddCareersAccess(builder.Configuration);
builder.Services.AddSingleton(services =>
    UploadFolder.Open(
        UploadFolder.PathFrom(builder.Configuration, builder.Environment.ContentRootPath),
        services.GetRequiredService<ILoggerFactory>().CreateLogger("Careers.SampleHost")
    )
);

// Kestrel refuses bodies larger than this before a handler reads them; endpoints that need more say so themselves.
var maxBodyBytes = builder.Configuration.GetValue("Careers:Limits:MaxRequestBodyBytes", 1_048_576L);
if (maxBodyBytes < 1)
{
    throw new InvalidOperationException(
        $"Careers:Limits:MaxRequestBodyBytes is {maxBodyBytes}: it must be 1 or more."
    );
}

builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = maxBodyBytes);

var app = builder.Build();
app.UseSecurityHeaders();
app.UseConnectionCloseOnRefusedBodies();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseCareersAccess();
app.UseRequestBodyPolicy(maxBodyBytes);

// The API's description is public; everything else needs a key (the fallback policy in Access).
app.MapOpenApi().AllowAnonymous();

// The reference is served from the host's own assets: no fonts from elsewhere, no telemetry (see SecurityHeaders).
app.MapScalarApiReference(o => o.DisableDefaultFonts().DisableTelemetry()).AllowAnonymous();
app.MapCareersApi();
app.MapCareersKeys();

// Made now, not at the first import: the upload folder is owner-only, and an earlier run's leftovers go at start-up.
app.Services.GetRequiredService<UploadFolder>();
await CareersDatabase.InitialiseAsync(app.Services, app.Configuration);
var developmentKeys = await CareersDatabase.InitialiseKeysAsync(app.Services, app.Configuration);
#endregion

// Printed to the console once, never logged: the host keeps only their hashes, so this is the only copy.
if (developmentKeys.Count > 0)
{
    Console.WriteLine(
        "Development API keys (shown once; the database keeps only their hashes). Send one in the X-Api-Key header, "
            + "or sign in with it at /signin:"
    );
    foreach (var (row, key, shows) in developmentKeys)
    {
        Console.WriteLine($"  {(ApiRole)row.Role, -8} {key}");
        Console.WriteLine($"           shows {shows}");
    }
}

app.Lifetime.ApplicationStarted.Register(() =>
{
    var addresses = app
        .Services.GetRequiredService<IServer>()
        .Features.Get<IServerAddressesFeature>()
        ?.Addresses;
    foreach (var address in addresses ?? Enumerable.Empty<string>())
    {
        Console.WriteLine($"Careers SDK sample host (synthetic data) listening on {address}");
        Console.WriteLine($"  Dashboard:        {address}/");
        Console.WriteLine($"  API reference:    {address}/scalar");
        Console.WriteLine($"  OpenAPI document: {address}/openapi/v1.json");
    }
});

await app.RunAsync();
return 0;

/// <summary>The host's entry point, public so that integration tests can start it with WebApplicationFactory.</summary>
public partial class Program;
