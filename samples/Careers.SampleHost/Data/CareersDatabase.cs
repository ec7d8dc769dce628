using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Careers.CareersLog;
using Careers.Kpi;
using Careers.SampleHost.Security;
using Careers.SampleHost.Synthetic;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Careers.SampleHost.Data;

/// <summary>Chooses the database from configuration, applies the migrations and loads the synthetic area.</summary>
internal static class CareersDatabase
{
    public const string ProviderKey = "Careers:Database:Provider";
    public const string ConnectionStringName = "Careers";

    /// <summary>
    /// Registers <see cref="CareersDbContext"/>: SQLite by default (a file under <c>data/</c> in the content root),
    /// PostgreSQL when <c>Careers:Database:Provider</c> is <c>PostgreSql</c>; the connection string is
    /// <c>ConnectionStrings:Careers</c>.
    /// </summary>
    #region database
    public static IServiceCollection AddCareersDatabase(
        this IServiceCollection services,
        IConfiguration configuration,
        string contentRoot
    )
    {
        var provider = configuration[ProviderKey] ?? "Sqlite";
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.Equals(provider, "Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                var folder = Path.Combine(contentRoot, "data");
                Directory.CreateDirectory(folder);
                connectionString = "Data Source=" + Path.Combine(folder, "careers-sample.db");
            }

            services.AddDbContext<CareersDbContext, SqliteCareersDbContext>(o =>
                o.UseSqlite(connectionString)
            );
        }
        else if (string.Equals(provider, "PostgreSql", StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    "Careers:Database:Provider is PostgreSql: set ConnectionStrings:Careers to an Npgsql connection string."
                );
            }

            services.AddDbContext<CareersDbContext, PostgreSqlCareersDbContext>(o =>
                o.UseNpgsql(connectionString)
            );
        }
        else
        {
            throw new InvalidOperationException(
                $"Careers:Database:Provider is '{provider}': use Sqlite or PostgreSql."
            );
        }

        return services;
    }
    #endregion

    /// <summary>Applies the migrations, then loads the synthetic area if the database holds none.</summary>
    public static async Task InitialiseAsync(
        IServiceProvider services,
        IConfiguration configuration,
        CancellationToken cancellationToken = default
    )
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareersDbContext>();
        var logger = scope
            .ServiceProvider.GetRequiredService<ILoggerFactory>()
            .CreateLogger("Careers.SampleHost");
        await db.Database.MigrateAsync(cancellationToken);
        if (await db.Area.AnyAsync(cancellationToken))
        {
            return;
        }

        var options = SyntheticOptions(configuration);
        var area = SyntheticAreaGenerator.Generate(options);
        await LoadAsync(db, area, cancellationToken);
        logger.LogInformation(
            "Loaded a synthetic area: {Institutions} institutions, {Learners} learners, {Activities} activities, {Participations} participations (seed {Seed}).",
            area.Institutions.Count,
            area.Learners.Count,
            area.Activities.Count,
            area.Participations.Count,
            options.Seed
        );
    }

    /// <summary>
    /// Brings the configured API keys into the database and, on a first start with development keys on, makes one
    /// key per role (the school's a secondary school's with careers logs and activities); returns those, for the host
    /// to print once.
    /// </summary>
    public static async Task<IReadOnlyList<DevelopmentKey>> InitialiseKeysAsync(
        IServiceProvider services,
        IConfiguration configuration,
        CancellationToken cancellationToken = default
    )
    {
        await using var scope = services.CreateAsyncScope();
        return await scope
            .ServiceProvider.GetRequiredService<ApiKeyStore>()
            .InitialiseAsync(configuration, cancellationToken);
    }

    /// <summary>The date the area describes: the default as-at date of every result, never the clock.</summary>
    public static async Task<LocalDate> ReferenceDateAsync(
        CareersDbContext db,
        CancellationToken cancellationToken
    ) =>
        LocalDate.FromDateOnly(
            await db.Area.AsNoTracking().Select(a => a.ReferenceDate).SingleAsync(cancellationToken)
        );

    /// <summary>The generator's options from <c>Careers:Synthetic</c>; the defaults where a value is absent.</summary>
    public static SyntheticAreaOptions SyntheticOptions(IConfiguration configuration)
    {
        var section = configuration.GetSection("Careers:Synthetic");
        var options = new SyntheticAreaOptions();
        options.Seed = section.GetValue("Seed", options.Seed);
        options.LearnersPerYearGroup = section.GetValue(
            "LearnersPerYearGroup",
            options.LearnersPerYearGroup
        );
        options.YearsOfActivities = section.GetValue(
            "YearsOfActivities",
            options.YearsOfActivities
        );
        var referenceDate = section["ReferenceDate"];
        if (!string.IsNullOrEmpty(referenceDate))
        {
            options.ReferenceDate = NodaTime
                .Text.LocalDatePattern.Iso.Parse(referenceDate)
                .GetValueOrThrow();
        }

        return options;
    }

    /// <summary>Writes a synthetic area in one transaction: all of it or nothing.</summary>
    public static async Task LoadAsync(
        CareersDbContext db,
        SyntheticArea area,
        CancellationToken cancellationToken = default
    )
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Area.Add(
            new AreaRow
            {
                Id = 1,
                Name = area.Name,
                Synthetic = true,
                Seed = area.Options.Seed,
                LearnersPerYearGroup = area.Options.LearnersPerYearGroup,
                ReferenceDate = area.ReferenceDate.ToDateOnly(),
            }
        );
        db.Institutions.AddRange(
            area.Institutions.Select(i => new InstitutionRow
            {
                Id = i.Institution.Id,
                Name = i.Institution.Name,
                Type = (int)i.Institution.Type,
                LaEstab = i.Institution.LaEstab?.Value,
                Ward = i.Ward,
                Achievement = i.Achievement,
                Synthetic = true,
                StatementPublished = i.ProviderAccessStatement?.Published ?? false,
                StatementRequestProcedure = i.ProviderAccessStatement?.RequestProcedure ?? false,
                StatementGrounds =
                    i.ProviderAccessStatement?.GroundsForGrantingAndRefusing ?? false,
                StatementPremises = i.ProviderAccessStatement?.PremisesAndFacilities ?? false,
                StatementTimes = i.ProviderAccessStatement?.TimesOfAccess ?? false,
                StatementDuties = i.ProviderAccessStatement?.HowDutiesAreMet ?? false,
            })
        );
        await db.SaveChangesAsync(cancellationToken);
        db.DeclaredAnswers.AddRange(
            area.DeclaredAnswers.Select(a => new DeclaredAnswerRow
            {
                InstitutionId = a.InstitutionId,
                CriterionId = a.CriterionId,
                Met = a.Met,
            })
        );
        db.Learners.AddRange(area.Learners.Select(Mapping.ToRow));
        await db.SaveChangesAsync(cancellationToken);
        db.Activities.AddRange(
            area.Activities.Select(a => new ActivityRow
            {
                Id = a.Activity.Id,
                InstitutionId = a.InstitutionId,
                Kind = (int)a.Activity.Kind,
                Date = a.Activity.Date.ToDateOnly(),
                Evidence = (int)a.Activity.Evidence,
                DuringSchoolDay = a.Activity.DuringSchoolDay,
                Providers = Mapping.ToProviders(a.Activity),
                OfferedTo = Mapping.ToOfferedTo(a.Activity),
            })
        );
        await db.SaveChangesAsync(cancellationToken);
        db.Participations.AddRange(
            area.Participations.Select(p => new ParticipationRow
            {
                ActivityId = p.ActivityId,
                LearnerId = p.LearnerId,
                Evidence = (int)p.Evidence,
            })
        );
        await db.SaveChangesAsync(cancellationToken);
        db.NeetMonths.AddRange(
            area.NeetMonths.Select(m => new NeetMonthRow
            {
                Month = m.Month.OnDayOfMonth(1).ToDateOnly(),
                Cohort = m.Cohort,
                Neet = m.Neet,
                NotKnown = m.NotKnown,
                Synthetic = true,
            })
        );
        db.Destinations.AddRange(
            area.Destinations.Select(d => new DestinationRow
            {
                Year = d.Year.StartYear,
                Group = d.Group,
                Education = d.Counts[DestinationCategory.Education],
                Apprenticeship = d.Counts[DestinationCategory.Apprenticeship],
                Employment = d.Counts[DestinationCategory.Employment],
                NotSustained = d.Counts[DestinationCategory.NotSustained],
                ActivityNotCaptured = d.Counts[DestinationCategory.ActivityNotCaptured],
                Synthetic = true,
            })
        );
        db.CareersLogs.AddRange(
            area.CareersLogs.Select(l => new CareersLogRow
            {
                LearnerId = l.LearnerId,
                Document = CareersLogSerializer.Serialize(l.Log),
                Version = 1,
            })
        );
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        await AreaVersions.BumpAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}

/// <summary>Between rows and the SDK's types.</summary>
internal static class Mapping
{
    public static LearnerRow ToRow(Learner learner)
    {
        var row = new LearnerRow
        {
            Id = learner.Id,
            InstitutionId = learner.InstitutionId ?? "",
            Upn = learner.Upn?.ToString(),
            Ward = learner.Characteristics.HomeArea,
            Synthetic = true,
        };
        Fill(row, learner);
        return row;
    }

    /// <summary>
    /// Sets what a learner record says of the learner (date of birth, year group and characteristics), leaving the
    /// row's id, institution, UPN, ward and origin as they are: a CTF import updates a learner with this.
    /// </summary>
    public static void Fill(LearnerRow row, Learner learner)
    {
        row.DateOfBirth = learner.DateOfBirth.ToDateOnly();
        row.YearGroup = learner.YearGroup.Number;
        row.AcademicYear = learner.AcademicYear.StartYear;
        row.FreeSchoolMeals = learner.Characteristics.FreeSchoolMeals;
        row.FreeSchoolMealsInLastSixYears = learner.Characteristics.FreeSchoolMealsInLastSixYears;
        row.LookedAfter = learner.Characteristics.LookedAfter;
        row.SenProvision = (int)learner.Characteristics.SenProvision;
        row.EnglishAsAdditionalLanguage = learner.Characteristics.EnglishAsAdditionalLanguage;
        row.Sex = (int)learner.Characteristics.Sex;
    }

    #region mapping
    public static Learner ToLearner(LearnerRow row) =>
        new(
            row.Id,
            LocalDate.FromDateOnly(row.DateOfBirth),
            YearGroup.FromNumber(row.YearGroup),
            new AcademicYear(row.AcademicYear)
        )
        {
            InstitutionId = row.InstitutionId,
            Upn = row.Upn is null ? null : Careers.Upn.Parse(row.Upn),
            Characteristics = new LearnerCharacteristics
            {
                FreeSchoolMeals = row.FreeSchoolMeals,
                FreeSchoolMealsInLastSixYears = row.FreeSchoolMealsInLastSixYears,
                LookedAfter = row.LookedAfter,
                SenProvision = (SenProvision)row.SenProvision,
                EnglishAsAdditionalLanguage = row.EnglishAsAdditionalLanguage,
                Sex = (Sex)row.Sex,
                HomeArea = row.Ward,
            },
        };

    public static CareersActivity ToActivity(ActivityRow row) =>
        new(row.Id, (ActivityKind)row.Kind, LocalDate.FromDateOnly(row.Date))
        {
            Evidence = (MeaningfulEvidence)row.Evidence,
            DuringSchoolDay = row.DuringSchoolDay,
            Organisations = string.IsNullOrEmpty(row.Providers)
                ? []
                : row
                    .Providers.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Select(SyntheticAreaGenerator.Provider)
                    .ToArray(),
            OfferedTo = string.IsNullOrEmpty(row.OfferedTo)
                ? []
                : row
                    .OfferedTo.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Select(n => YearGroup.FromNumber(int.Parse(n, CultureInfo.InvariantCulture)))
                    .ToArray(),
        };

    /// <summary>The year groups an activity was put on for, as numbers separated by spaces, or null.</summary>
    public static string? ToOfferedTo(CareersActivity activity) =>
        activity.OfferedTo.Count == 0
            ? null
            : string.Join(
                ' ',
                activity.OfferedTo.Select(y => y.Number.ToString(CultureInfo.InvariantCulture))
            );

    /// <summary>The activity's providers of approved technical education or apprenticeships, by id, or null.</summary>
    public static string? ToProviders(CareersActivity activity)
    {
        var ids = activity
            .Organisations.Where(o => o.OffersApprovedTechnicalEducationOrApprenticeships)
            .Select(o => o.Id)
            .ToArray();
        return ids.Length == 0 ? null : string.Join(' ', ids);
    }

    public static Participation ToParticipation(ParticipationRow row) =>
        new(row.ActivityId, row.LearnerId) { Evidence = (MeaningfulEvidence)row.Evidence };
    #endregion
}
