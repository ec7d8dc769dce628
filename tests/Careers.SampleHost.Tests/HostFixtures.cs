using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Threading.Tasks;
using Careers.SampleHost.Data;
using Careers.SampleHost.Security;
using Careers.SampleHost.Synthetic;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Careers.SampleHost.Tests;

/// <summary>
/// The host on a fresh database of its own: each test class that uses a fixture gets a new database, migrated and
/// loaded with a small synthetic area when the host starts.
/// </summary>
public abstract class HostFixture : IAsyncLifetime
{
    /// <summary>Small enough to load in a moment, large enough for every year group in every school.</summary>
    public static SyntheticAreaOptions Synthetic { get; } =
        new() { Seed = 831, LearnersPerYearGroup = 40 };

    private WebApplicationFactory<Program>? factory;
    private readonly Dictionary<string, string> keys = new(StringComparer.Ordinal);

    public abstract string Provider { get; }

    /// <summary>Everything the host logged, at every level, to prove that no secret reaches a log.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>The secret of the fixture's key for a role (and institution, for a school).</summary>
    internal string Key(ApiRole role, string? institutionId = null) =>
        keys[KeyName(role, institutionId)];

    /// <summary>The fixture's key for a role (and institution, for a school), or null when it has none.</summary>
    internal string? KeyOrNull(ApiRole role, string? institutionId = null) =>
        keys.GetValueOrDefault(KeyName(role, institutionId));

    /// <summary>A client that sends the fixture's key for a role (and institution, for a school).</summary>
    internal HttpClient Client(ApiRole role, string? institutionId = null)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Add(
            ApiKeyAuthenticationHandler.Header,
            Key(role, institutionId)
        );
        return client;
    }

    /// <summary>A client with the key of the school that holds the learner.</summary>
    public HttpClient ClientForLearner(string learnerId) =>
        Client(ApiRole.School, SchoolOf(learnerId));

    /// <summary>The institution that holds a learner.</summary>
    public string SchoolOf(string learnerId) =>
        SchoolOfOrNull(learnerId)
        ?? throw new InvalidOperationException($"No learner {learnerId} in the fixture's area.");

    /// <summary>Where the host listens on Kestrel, such as <c>http://127.0.0.1:41234</c>.</summary>
    public string Address =>
        Factory
            .Services.GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()!
            .Addresses.Single();

    /// <summary>
    /// A client that acts as whoever may make each request: for <c>/institutions/{id}/…</c> that institution's school
    /// key, for <c>/learners/{id}/…</c> the key of the school that holds the learner at the time of the request (so a
    /// learner who has just moved is read by their new school), for <c>/area/…</c> an analyst's key; sec-01's key when
    /// the path names nobody known.
    /// </summary>
    public HttpClient ActingClient() => Factory.CreateDefaultClient(new ActingSchool(this));

    private sealed class ActingSchool(HostFixture host) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(
            HttpRequestMessage request,
            System.Threading.CancellationToken cancellationToken
        )
        {
            var parts = request.RequestUri!.AbsolutePath.Split(
                '/',
                StringSplitOptions.RemoveEmptyEntries
            );
            var school = parts switch
            {
                ["institutions", var id, ..]
                    when host.keys.ContainsKey(KeyName(ApiRole.School, id)) => id,
                ["learners", var id, ..] => host.SchoolOfOrNull(Uri.UnescapeDataString(id)),
                _ => null,
            };
            request.Headers.Remove(ApiKeyAuthenticationHandler.Header);
            request.Headers.Add(
                ApiKeyAuthenticationHandler.Header,
                parts is ["area", ..]
                    ? host.Key(ApiRole.Analyst)
                    : host.Key(ApiRole.School, school ?? "sec-01")
            );
            return base.SendAsync(request, cancellationToken);
        }
    }

    /// <summary>The institution that holds a learner now, or null when there is no such learner.</summary>
    internal string? SchoolOfOrNull(string learnerId)
    {
        using var scope = Factory.Services.CreateScope();
        return scope
            .ServiceProvider.GetRequiredService<CareersDbContext>()
            .Learners.Where(l => l.Id == learnerId)
            .Select(l => l.InstitutionId)
            .SingleOrDefault();
    }

    /// <summary>A client with no key.</summary>
    public HttpClient Anonymous() => Factory.CreateClient();

    /// <summary>Whether the host runs on Kestrel on a loopback port (real sockets) rather than the in-memory server.</summary>
    protected virtual bool OnKestrel => false;

    /// <summary>Settings a subclass adds for its own tests (such as a low rate limit).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> Settings() => [];

    public WebApplicationFactory<Program> Factory =>
        factory ?? throw new InvalidOperationException("The fixture has not started.");

    private string? connectionString;

    /// <summary>
    /// A second host instance on the fixture's database, as a second process or server would be: its own services and
    /// its own cache, the same data and keys. The caller disposes it.
    /// </summary>
    public WebApplicationFactory<Program> AnotherInstance() =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
            Configure(
                b,
                connectionString
                    ?? throw new InvalidOperationException("The fixture has not started.")
            )
        );

    public async Task InitializeAsync()
    {
        connectionString = await CreateDatabaseAsync();
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
            Configure(b, connectionString)
        );
        if (OnKestrel)
        {
            // Port 0: the system picks a free loopback port (the configured 5080 may be taken).
            factory.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
            factory.StartServer();
        }

        // Start the host now: migrations and the synthetic area are applied before the first test.
        using var client = factory.CreateClient();

        // A key for each role, and a school key for every institution, made as an administrator would.
        await using var scope = factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ApiKeyStore>();
        var db = scope.ServiceProvider.GetRequiredService<CareersDbContext>();
        foreach (var role in new[] { ApiRole.Admin, ApiRole.Analyst })
        {
            keys[KeyName(role, null)] = (
                await store.CreateAsync(KeyName(role, null), role, null, default)
            ).Key;
        }

        foreach (var institution in await db.Institutions.Select(i => i.Id).ToListAsync())
        {
            var name = KeyName(ApiRole.School, institution);
            keys[name] = (await store.CreateAsync(name, ApiRole.School, institution, default)).Key;
        }
    }

    private void Configure(IWebHostBuilder b, string connectionString)
    {
        b.UseSetting("Careers:Database:Provider", Provider);
        b.UseSetting("ConnectionStrings:Careers", connectionString);
        b.UseSetting("Careers:Synthetic:Seed", "831");
        b.UseSetting("Careers:Synthetic:LearnersPerYearGroup", "40");
        b.UseSetting("Careers:Synthetic:ReferenceDate", "2025-03-01");
        b.UseSetting("Careers:Synthetic:YearsOfActivities", "4");
        b.UseSetting("Careers:ApiKeys:DevelopmentKeys", "false");
        b.UseSetting("Careers:RateLimit:PermitsPerMinute", "100000");
        // A folder of the fixture's own: the host clears its upload folder when it starts, which must never
        // touch another fixture's import in flight.
        b.UseSetting("Careers:Import:UploadFolder", Uploads);
        foreach (var (name, value) in Settings())
        {
            b.UseSetting(name, value);
        }

        b.ConfigureLogging(l =>
        {
            l.AddProvider(Logs);
            l.AddFilter<CapturedLogs>(null, LogLevel.Trace);
        });
    }

    private static string KeyName(ApiRole role, string? institutionId) =>
        institutionId is null ? $"test {role}" : $"test {role} {institutionId}";

    public async Task DisposeAsync()
    {
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        await DropDatabaseAsync();
        if (Directory.Exists(Uploads))
        {
            Directory.Delete(Uploads, recursive: true);
        }
    }

    /// <summary>The fixture's upload folder, under the temporary folder.</summary>
    public string Uploads { get; } =
        Path.Combine(Path.GetTempPath(), $"careers-uploads-{Guid.NewGuid():N}");

    protected abstract Task<string> CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync();
}

/// <summary>The host on SQLite, in a temporary file.</summary>
public class SqliteHost : HostFixture
{
    private readonly string file = Path.Combine(
        Path.GetTempPath(),
        $"careers-host-{Guid.NewGuid():N}.db"
    );

    public override string Provider => "Sqlite";

    protected override Task<string> CreateDatabaseAsync() => Task.FromResult("Data Source=" + file);

    protected override Task DropDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(file);
        return Task.CompletedTask;
    }
}

/// <summary>
/// The host on the PostgreSQL server of <c>CAREERS_POSTGRES</c> (test.sh starts one), in a database created for the
/// test class and dropped after it. Without the variable, every test of the class fails: they never skip.
/// </summary>
public class PostgreSqlHost : HostFixture
{
    public const string Variable = "CAREERS_POSTGRES";

    private string? server;
    private string? database;

    public override string Provider => "PostgreSql";

    protected override async Task<string> CreateDatabaseAsync()
    {
        server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(
                $"{Variable} is not set: the PostgreSQL tests need a server. Run ./test.sh, which starts a private "
                    + "PostgreSQL on 127.0.0.1 and sets it, or set it to an Npgsql connection string yourself."
            );
        }

        database = $"careers_host_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                $"CREATE DATABASE \"{database}\"",
                connection
            );
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
    }

    protected override async Task DropDatabaseAsync()
    {
        if (server is null || database is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)",
            connection
        );
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>Every message the host logs, kept in memory.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> messages = new();

    public IReadOnlyCollection<string> Messages => messages;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, messages);

    public void Dispose() { }

    private sealed class Logger(string category, ConcurrentQueue<string> messages) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(
            LogLevel logLevel,
            EventId eventId,
            TState state,
            Exception? exception,
            Func<TState, Exception?, string> formatter
        ) => messages.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}

/// <summary>Where the repository is.</summary>
internal static class Repository
{
    public static string Root { get; } =
        typeof(Repository)
            .Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepoRoot")
            .Value!;
}
