using System;
using System.Linq;
using Careers.SampleHost.Api;
using Careers.SampleHost.Data;
using Careers.SampleHost.Synthetic;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Scalar.AspNetCore;

if (args is [SyntheticCsvCommand.Name, .. var options])
{
    return SyntheticCsvCommand.Run(options, Console.Out, Console.Error);
}

#region compose
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddCareersDatabase(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi(OpenApiSetup.Configure);

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();

app.MapOpenApi();
app.MapScalarApiReference();
app.MapCareersApi();

await CareersDatabase.InitialiseAsync(app.Services, app.Configuration);
#endregion

app.Lifetime.ApplicationStarted.Register(() =>
{
    var addresses = app
        .Services.GetRequiredService<IServer>()
        .Features.Get<IServerAddressesFeature>()
        ?.Addresses;
    foreach (var address in addresses ?? Enumerable.Empty<string>())
    {
        Console.WriteLine($"Careers SDK sample host (synthetic data) listening on {address}");
        Console.WriteLine($"  API reference:    {address}/scalar");
        Console.WriteLine($"  OpenAPI document: {address}/openapi/v1.json");
    }
});

await app.RunAsync();
return 0;

/// <summary>The host's entry point, public so that integration tests can start it with WebApplicationFactory.</summary>
public partial class Program;
