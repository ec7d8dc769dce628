using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Careers.SampleHost.Api;
using Careers.SampleHost.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Careers.SampleHost.Security;

/// <summary>What an API key may do. The data are about children, so each role sees as little as its work needs.</summary>
internal enum ApiRole
{
    /// <summary>A school or college: its own learners' records and its own figures, nothing of any other institution.</summary>
    School = 1,

    /// <summary>An area analyst: aggregates only, with small cells suppressed; never a learner record.</summary>
    Analyst = 2,

    /// <summary>An administrator: manages keys and sees aggregates; never a learner record.</summary>
    Admin = 3,
}

/// <summary>A key as configuration names it (<c>Careers:ApiKeys:Keys</c>): for deployments that provision keys.</summary>
internal sealed class ConfiguredApiKey
{
    public string Name { get; set; } = "";

    public string Key { get; set; } = "";

    public ApiRole Role { get; set; }

    public string? Institution { get; set; }
}

/// <summary>Making, hashing and finding keys. Only a key's SHA-256 is stored; the key is shown once, when made.</summary>
internal static class ApiKeySecrets
{
    /// <summary>Keys start with this, so that a leaked one is easy to recognise (and to scan for).</summary>
    public const string Prefix = "csk_";

    /// <summary>The shortest key configuration may name: shorter ones are guessable.</summary>
    public const int MinimumConfiguredLength = 24;

    public static string NewKey() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string NewId() =>
        "key_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));

    public static string Hash(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>The keys in the database.</summary>
internal sealed class ApiKeyStore(CareersDbContext db, TimeProvider time)
{
    /// <summary>The live (not revoked) key with this secret, or null.</summary>
    public Task<ApiKeyRow?> FindAsync(string key, CancellationToken ct)
    {
        var hash = ApiKeySecrets.Hash(key);
        return db
            .ApiKeys.AsNoTracking()
            .SingleOrDefaultAsync(k => k.Hash == hash && k.RevokedAt == null, ct);
    }

    /// <summary>The live (not revoked) key with this row id, or null: a session names its key so.</summary>
    public Task<ApiKeyRow?> FindByIdAsync(string id, CancellationToken ct) =>
        db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Id == id && k.RevokedAt == null, ct);

    /// <summary>Makes a key; the returned secret is the only time it exists outside the caller's hands.</summary>
    public async Task<(ApiKeyRow Row, string Key)> CreateAsync(
        string name,
        ApiRole role,
        string? institutionId,
        CancellationToken ct
    )
    {
        var key = ApiKeySecrets.NewKey();
        var row = NewRow(name, key, role, institutionId);
        db.ApiKeys.Add(row);
        await db.SaveChangesAsync(ct);
        return (row, key);
    }

    /// <summary>Revokes a key; false when there is no such key. Revoking twice keeps the first date.</summary>
    public async Task<bool> RevokeAsync(string id, CancellationToken ct)
    {
        var row = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, ct);
        if (row is null)
        {
            return false;
        }

        row.RevokedAt ??= time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>
    /// Brings the configured keys into the database (by name: a changed secret, role or institution replaces the old),
    /// then, when the database holds no key at all and <c>Careers:ApiKeys:DevelopmentKeys</c> is on, makes one key
    /// per role and returns them so that the host can print them once.
    /// </summary>
    public async Task<IReadOnlyList<(ApiKeyRow Row, string Key)>> InitialiseAsync(
        IConfiguration configuration,
        CancellationToken ct
    )
    {
        var section = configuration.GetSection("Careers:ApiKeys");
        var configured = section.GetSection("Keys").Get<List<ConfiguredApiKey>>() ?? [];
        foreach (var key in configured)
        {
            Check(key);
            if (
                key.Role == ApiRole.School
                && !await db.Institutions.AnyAsync(i => i.Id == key.Institution, ct)
            )
            {
                throw new InvalidOperationException(
                    $"The API key '{key.Name}' in Careers:ApiKeys:Keys is for institution '{key.Institution}', which the database does not hold."
                );
            }

            var existing = await db.ApiKeys.SingleOrDefaultAsync(k => k.Name == key.Name, ct);
            if (existing is not null)
            {
                existing.Hash = ApiKeySecrets.Hash(key.Key);
                existing.Role = (int)key.Role;
                existing.InstitutionId = key.Institution;
                existing.RevokedAt = null;
            }
            else
            {
                db.ApiKeys.Add(NewRow(key.Name, key.Key, key.Role, key.Institution));
            }
        }

        await db.SaveChangesAsync(ct);
        if (!section.GetValue("DevelopmentKeys", false) || await db.ApiKeys.AnyAsync(ct))
        {
            return [];
        }

        var school = await db
            .Institutions.AsNoTracking()
            .OrderBy(i => i.Id)
            .Select(i => i.Id)
            .FirstOrDefaultAsync(ct);
        var made = new List<(ApiKeyRow, string)>
        {
            await CreateAsync("development admin", ApiRole.Admin, null, ct),
            await CreateAsync("development analyst", ApiRole.Analyst, null, ct),
        };
        if (school is not null)
        {
            made.Add(await CreateAsync($"development school {school}", ApiRole.School, school, ct));
        }

        return made;
    }

    private ApiKeyRow NewRow(string name, string key, ApiRole role, string? institutionId) =>
        new()
        {
            Id = ApiKeySecrets.NewId(),
            Name = name,
            Hash = ApiKeySecrets.Hash(key),
            Role = (int)role,
            InstitutionId = institutionId,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };

    private static void Check(ConfiguredApiKey key)
    {
        // A bad key in configuration stops the host: starting with a key that does not do what it says is worse.
        if (!string.IsNullOrWhiteSpace(key.Name) && !Ids.IsValid(key.Name))
        {
            // Not quoted: a name of any length or with control characters has no place in a message either.
            throw new InvalidOperationException(
                $"An API key in Careers:ApiKeys:Keys has a Name that is not 1 to {Ids.MaxLength} printable characters, with no space at either end."
            );
        }

        var problem =
            string.IsNullOrWhiteSpace(key.Name) ? "has no Name"
            : key.Key.Length < ApiKeySecrets.MinimumConfiguredLength
                ? $"has a Key shorter than {ApiKeySecrets.MinimumConfiguredLength} characters"
            : !Enum.IsDefined(key.Role) ? "has no Role (School, Analyst or Admin)"
            : key.Role == ApiRole.School && string.IsNullOrEmpty(key.Institution)
                ? "is a School key without an Institution"
            : key.Institution is { Length: > 0 } institution && !Ids.IsValid(institution)
                ? $"has an Institution that is not 1 to {Ids.MaxLength} printable characters"
            : key.Role != ApiRole.School && !string.IsNullOrEmpty(key.Institution)
                ? "names an Institution but is not a School key"
            : null;
        if (problem is not null)
        {
            throw new InvalidOperationException(
                $"The API key '{key.Name}' in Careers:ApiKeys:Keys {problem}."
            );
        }
    }
}
