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

/// <summary>A key made on a first start, with its secret (shown once) and what it shows, for the console.</summary>
/// <param name="Row">The key as stored: only its hash.</param>
/// <param name="Key">The secret.</param>
/// <param name="Shows">What the key shows, in a line.</param>
internal sealed record DevelopmentKey(ApiKeyRow Row, string Key, string Shows);

/// <summary>
/// The development keys a first start makes: their names, and what each shows, as the console and the sign-in page
/// say it. The school key is a secondary school's with careers logs and activities, so that it has something to show.
/// </summary>
internal static class DevelopmentKeys
{
    /// <summary>Every development key's name starts with this.</summary>
    public const string Prefix = "development ";

    public const string AdminName = Prefix + "admin";

    public const string AnalystName = Prefix + "analyst";

    /// <summary>The school key's name, for its institution.</summary>
    public static string SchoolName(string institutionId) => Prefix + "school " + institutionId;

    /// <summary>What a key of a role shows (for a school key, of the institution named).</summary>
    public static string Shows(ApiRole role, string? institutionId, string? institutionName) =>
        role switch
        {
            ApiRole.School =>
                $"{institutionName} ({institutionId}): its learners, their careers logs and entitlement, its Gatsby "
                    + $"results, provider access, transfers and imports, and its dashboard at /institutions/{institutionId}/dashboard",
            ApiRole.Analyst =>
                "the area: its dashboard at /, entitlement, Gatsby results, the KPI report and funding scenarios, with "
                    + "small numbers suppressed; never a learner record",
            _ =>
                "what the analyst key shows, and the API keys (/admin/api-keys); never a learner record",
        };
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
    /// then, when the database holds no key at all and <c>Careers:ApiKeys:DevelopmentKeys</c> is on, makes an
    /// administrator's, an analyst's and a school's key (see <see cref="DevelopmentKeys"/>) and returns them so that
    /// the host can print them once.
    /// </summary>
    public async Task<IReadOnlyList<DevelopmentKey>> InitialiseAsync(
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

        var school = await DevelopmentSchoolAsync(ct);
        var made = new List<DevelopmentKey>
        {
            await DevelopmentAsync(DevelopmentKeys.AdminName, ApiRole.Admin, null, ct),
            await DevelopmentAsync(DevelopmentKeys.AnalystName, ApiRole.Analyst, null, ct),
        };
        if (school is not null)
        {
            made.Add(
                await DevelopmentAsync(
                    DevelopmentKeys.SchoolName(school.Id),
                    ApiRole.School,
                    school,
                    ct
                )
            );
        }

        return made;
    }

    /// <summary>
    /// The institution of the development school key: the first secondary school, by id, whose learners have careers
    /// logs and that has activities, so that the key has something to show; else the first institution, if any.
    /// </summary>
    private async Task<InstitutionRow?> DevelopmentSchoolAsync(CancellationToken ct)
    {
        var institutions = db.Institutions.AsNoTracking().OrderBy(i => i.Id);
        return await institutions
                .Where(i =>
                    i.Type == (int)InstitutionType.Secondary
                    && db.Activities.Any(a => a.InstitutionId == i.Id)
                    && db.Learners.Any(l =>
                        l.InstitutionId == i.Id && db.CareersLogs.Any(c => c.LearnerId == l.Id)
                    )
                )
                .FirstOrDefaultAsync(ct)
            ?? await institutions.FirstOrDefaultAsync(ct);
    }

    private async Task<DevelopmentKey> DevelopmentAsync(
        string name,
        ApiRole role,
        InstitutionRow? institution,
        CancellationToken ct
    )
    {
        var (row, key) = await CreateAsync(name, role, institution?.Id, ct);
        return new DevelopmentKey(
            row,
            key,
            DevelopmentKeys.Shows(role, institution?.Id, institution?.Name)
        );
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
