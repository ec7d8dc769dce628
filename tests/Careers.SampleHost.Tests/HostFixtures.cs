using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Careers.SampleHost.Synthetic;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
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

    public abstract string Provider { get; }

    public WebApplicationFactory<Program> Factory =>
        factory ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync()
    {
        var connectionString = await CreateDatabaseAsync();
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Careers:Database:Provider", Provider);
            b.UseSetting("ConnectionStrings:Careers", connectionString);
            b.UseSetting("Careers:Synthetic:Seed", "831");
            b.UseSetting("Careers:Synthetic:LearnersPerYearGroup", "40");
            b.UseSetting("Careers:Synthetic:ReferenceDate", "2025-03-01");
            b.UseSetting("Careers:Synthetic:YearsOfActivities", "4");
        });
        // Start the host now: migrations and the synthetic area are applied before the first test.
        using var client = factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        await DropDatabaseAsync();
    }

    protected abstract Task<string> CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync();
}

/// <summary>The host on SQLite, in a temporary file.</summary>
public sealed class SqliteHost : HostFixture
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
public sealed class PostgreSqlHost : HostFixture
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

/// <summary>Where the repository is.</summary>
internal static class Repository
{
    public static string Root { get; } =
        typeof(Repository)
            .Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepoRoot")
            .Value!;
}
