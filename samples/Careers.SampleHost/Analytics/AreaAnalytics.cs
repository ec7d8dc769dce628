using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Careers.Encounters;
using Careers.Funding;
using Careers.Gatsby;
using Careers.Kpi;
using Careers.SampleHost.Api;
using Careers.SampleHost.Data;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Careers.SampleHost.Analytics;

/// <summary>
/// The one place that turns the database into results with the SDK's packages: Gatsby Benchmark results per
/// institution and for the area against the national figures (Careers.Gatsby), the four-encounter entitlement and its
/// roll-ups (Careers.Encounters), the KPI report and its trends (Careers.Kpi), and funding allocations
/// (Careers.Funding). The endpoints and the dashboard read through it, so that who may see what can be decided in one
/// place. Every figure comes from the one cached source of the area's results, <see cref="AreaResults"/>: the
/// database's data version is read once per request, and the figures are computed once per version and date. Scoped:
/// it keeps the request's snapshot, so a request sees one version throughout.
/// </summary>
/// <param name="db">The database: only the data version is read from it here.</param>
/// <param name="results">The cached results.</param>
internal sealed class AreaAnalytics(CareersDbContext db, AreaResults results)
{
    private AreaSnapshot? snapshot;

    /// <summary>The area's data as at the database's current version, read once per request.</summary>
    public async Task<AreaSnapshot> SnapshotAsync(CancellationToken ct) =>
        snapshot ??= await results.SnapshotAsync(db, ct);

    /// <summary>The date the area describes: the default as-at date of every result.</summary>
    public async Task<LocalDate> ReferenceDateAsync(CancellationToken ct) =>
        (await SnapshotAsync(ct)).ReferenceDate;

    /// <summary>The institutions, in id order.</summary>
    public async Task<IReadOnlyList<InstitutionRow>> InstitutionsAsync(CancellationToken ct) =>
        (await SnapshotAsync(ct)).Data.Institutions;

    /// <summary>One institution, or null.</summary>
    public async Task<InstitutionRow?> InstitutionAsync(string id, CancellationToken ct) =>
        (await SnapshotAsync(ct)).Institution(id);

    /// <summary>
    /// An institution's Gatsby Benchmark results from its activity record as at a date, in an edition (by default the
    /// one in force on the date). Null when there is no such institution; problems when its records cannot be scored.
    /// </summary>
    public async Task<Evaluation<GatsbyResult>?> InstitutionGatsbyAsync(
        string id,
        LocalDate asAt,
        GatsbyEdition? edition,
        CancellationToken ct
    )
    {
        var area = await SnapshotAsync(ct);
        var institution = area.Institution(id);
        return institution is null ? null : area.At(asAt).InstitutionGatsby(institution, edition);
    }

    /// <summary>
    /// The area's Gatsby Benchmark results: every secondary school and college scored from its activity record, the
    /// area summary (benchmarks fully achieved, as nationally counted) and the published national figures beside it.
    /// Primary schools are left out: the benchmarks are set for secondary schools and colleges (statutory guidance,
    /// domain reference §3).
    /// </summary>
    public async Task<AreaGatsby> AreaGatsbyAsync(
        LocalDate asAt,
        GatsbyEdition? edition,
        CancellationToken ct
    ) => (await SnapshotAsync(ct)).At(asAt).Gatsby(edition);

    /// <summary>
    /// The four-encounter entitlement (Derby Opportunity Area policy) for the area, or one institution, as at a date,
    /// with breakdowns by year group, disadvantage, SEN provision and EAL, and counts suppressed by a rule (none by
    /// default). Null when the institution does not exist.
    /// </summary>
    public async Task<EntitlementSummaryDto?> EntitlementAsync(
        string? institutionId,
        LocalDate asAt,
        SuppressionRule? suppression,
        CancellationToken ct
    )
    {
        var screened = await ScreenedAsync(institutionId, asAt, ct);
        if (screened is null)
        {
            return null;
        }

        var summary = EntitlementSummaryDto.From(
            institutionId ?? "area",
            screened.Entitlement,
            asAt,
            screened.Excluded
        );
        return suppression is null ? summary : summary.Suppress(suppression);
    }

    /// <summary>
    /// The entitlement result itself, learner by learner, for the area or one institution: for callers that may see
    /// learner-level results (a school its own). Null when the institution does not exist.
    /// </summary>
    public async Task<EntitlementResult?> EntitlementResultAsync(
        string? institutionId,
        LocalDate asAt,
        CancellationToken ct
    ) => (await ScreenedAsync(institutionId, asAt, ct))?.Entitlement;

    private async Task<Screened?> ScreenedAsync(
        string? institutionId,
        LocalDate asAt,
        CancellationToken ct
    )
    {
        var area = await SnapshotAsync(ct);
        if (institutionId is null)
        {
            return area.At(asAt).Screened;
        }

        var institution = area.Institution(institutionId);
        return institution is null ? null : area.At(asAt).ScreenedAt(institution);
    }

    /// <summary>
    /// Provider access (Education Act 1997 s.42B) as at a date: every institution's result by id, or, for one
    /// institution, its result from its own records alone (as its endpoint reads them). Null when the institution does
    /// not exist.
    /// </summary>
    public async Task<IReadOnlyDictionary<
        string,
        Evaluation<ProviderAccessResult>
    >?> ProviderAccessAsync(string? institutionId, LocalDate asAt, CancellationToken ct)
    {
        var area = await SnapshotAsync(ct);
        if (institutionId is null)
        {
            return area.At(asAt).ProviderAccess;
        }

        var institution = area.Institution(institutionId);
        return institution is null
            ? null
            : new Dictionary<string, Evaluation<ProviderAccessResult>>(StringComparer.Ordinal)
            {
                [institution.Id] = area.At(asAt).ProviderAccessAt(institution),
            };
    }

    /// <summary>
    /// The KPI report of the Derby careers strategy (<see cref="KpiCatalogue.DerbyStrategy"/>) for the academic year
    /// holding the as-at date: NEET and not known (the December–February average, once the window has closed), key
    /// stage 4 sustained destinations and the disadvantage gap (the last destination year that ended before the date),
    /// Gatsby Benchmark progress, the entitlement and the encounters delivered; each headline compared with the year
    /// before where there is one, and assessed against the <see cref="AnalyticsTargets"/>.
    /// </summary>
    public async Task<Evaluation<KpiReport>> KpiReportAsync(LocalDate asAt, CancellationToken ct) =>
        (await SnapshotAsync(ct)).At(asAt).KpiReport;

    /// <summary>
    /// The headline KPIs year by year, up to the as-at date: one report as at the end of each academic year that has
    /// NEET or destination figures, and the as-at date for the last, each value with its target and RAG status.
    /// </summary>
    public async Task<IReadOnlyList<KpiTrend>> KpiTrendsAsync(
        LocalDate asAt,
        CancellationToken ct
    ) => (await SnapshotAsync(ct)).Trends(asAt);

    /// <summary>
    /// The institutions as Careers.Funding sees them, as at a date: pupils by phase; disadvantaged, FSM, FSM6, SEN
    /// support, EHC plan and EAL pupils; a deprivation decile ranked by the share of pupils who are disadvantaged (1 the
    /// most deprived, a <b>decision</b>: the sample holds no IMD or IDACI); benchmarks not fully achieved (secondary
    /// schools and the college); learners behind the entitlement (at risk or not met).
    /// </summary>
    public async Task<IReadOnlyList<FundedInstitution>> FundedInstitutionsAsync(
        LocalDate asAt,
        CancellationToken ct
    ) => (await SnapshotAsync(ct)).At(asAt).Funded;

    /// <summary>Allocates a pot across the area's institutions with a formula, to the penny.</summary>
    public async Task<Evaluation<FundingAllocation>> AllocateAsync(
        FundingFormula formula,
        long potPence,
        LocalDate asAt,
        CancellationToken ct
    )
    {
        var funded = await FundedInstitutionsAsync(asAt, ct);
        return new FundingEvaluator(formula).Allocate(funded, potPence, asAt);
    }

    /// <summary>Allocates with an already-loaded list of institutions (two formulas over the same area).</summary>
    public static Evaluation<FundingAllocation> Allocate(
        FundingFormula formula,
        IReadOnlyList<FundedInstitution> institutions,
        long potPence,
        LocalDate asAt
    ) => new FundingEvaluator(formula).Allocate(institutions, potPence, asAt);

    /// <summary>
    /// The headline KPIs year by year, up to the as-at date: the report as at the end of each academic year from the one
    /// holding the earliest NEET window, and as at the date itself for its own year, each value with its target and RAG
    /// status; <paramref name="reportAt"/> gives the report as at a date (the cache's, so each is computed once).
    /// </summary>
    internal static IReadOnlyList<KpiTrend> Trends(
        AreaData data,
        LocalDate asAt,
        Func<LocalDate, Evaluation<KpiReport>> reportAt
    )
    {
        var current = AcademicYear.ForDate(asAt);
        // The first academic year with a NEET window: the one holding the earliest February.
        var first = data
            .Neet.Select(m => m.Month.Month == 12 ? m.Month.Year + 1 : m.Month.Year)
            .DefaultIfEmpty(current.StartYear + 1)
            .Min();
        var points = new List<(AcademicYear Year, LocalDate AsAt, KpiReport Report)>();
        for (var start = first - 1; start <= current.StartYear; start++)
        {
            var year = new AcademicYear(start);
            var date = year == current ? asAt : year.End;
            var report = reportAt(date);
            if (report.Success)
            {
                points.Add((year, date, report.Result));
            }
        }

        return AnalyticsTargets
            .Headlines.Select(id => new KpiTrend(
                KpiCatalogue.DerbyStrategy[id],
                AnalyticsTargets.For(id),
                points
                    .Select(p =>
                    {
                        var figure = p.Report.Figure(id);
                        var target = p.Report.Targets.FirstOrDefault(t => t.Target.KpiId == id);
                        return new KpiTrendPoint(
                            p.Year,
                            p.AsAt,
                            figure is { IsPublished: true } ? figure.Value : null,
                            target?.Expected,
                            target?.Status ?? RagStatus.NotAssessed
                        );
                    })
                    .ToArray()
            ))
            .ToArray();
    }

    internal static Evaluation<GatsbyResult> Score(
        InstitutionRow institution,
        Records records,
        LocalDate asAt,
        GatsbyEdition? edition
    )
    {
        var type = (InstitutionType)institution.Type;
        var inForce = GatsbyFramework.For(type, asAt);
        var framework = edition is null
            ? inForce
            : GatsbyFramework.All.Single(f =>
                f.Edition == edition && f.Audience == inForce.Audience
            );
        // The scorer takes the record as it stood on the as-at date: nothing dated after it.
        var asAtDay = asAt.ToDateOnly();
        var activities = records
            .Activities.Where(a => a.InstitutionId == institution.Id && a.Date <= asAtDay)
            .ToList();
        var held = activities.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var learners = OnRoll(records.Learners.Where(l => l.InstitutionId == institution.Id), asAt);
        var onRoll = learners.Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        var participations = records.Participations.Where(p =>
            held.Contains(p.ActivityId) && onRoll.Contains(p.LearnerId)
        );
        #region score-gatsby
        var record = ActivityRecord.Create(
            learners,
            activities.Select(Mapping.ToActivity),
            participations.Select(Mapping.ToParticipation)
        );
        if (!record.Success)
        {
            return Evaluation<GatsbyResult>.Of(record.Problems);
        }

        // The institution's declared answers for this framework's criteria, and what its records prove for the rest.
        var declared = framework.Criteria.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var answers = records
            .DeclaredAnswers.Where(a =>
                a.InstitutionId == institution.Id && declared.Contains(a.CriterionId)
            )
            .ToDictionary(a => a.CriterionId, a => a.Met, StringComparer.Ordinal);
        return GatsbyEvaluator.Default.Assess(
            framework,
            answers,
            record.Result,
            asAt,
            institution.Id
        );
        #endregion
    }

    /// <summary>
    /// Every secondary school and college scored; one whose records are refused (by the screen or by the scorer) is
    /// left out of the summary and listed with its problems, so that one institution never takes the area down.
    /// </summary>
    internal static AreaGatsby ScoreArea(
        IReadOnlyList<InstitutionRow> institutions,
        Screened screened,
        LocalDate asAt,
        GatsbyEdition? edition
    )
    {
        var scored = new List<InstitutionGatsby>();
        var excluded = screened.Excluded.Where(e => ScoredForGatsby(e.Institution)).ToList();
        foreach (var institution in institutions.Where(ScoredForGatsby))
        {
            if (excluded.Any(e => e.Institution.Id == institution.Id))
            {
                continue;
            }

            var evaluation = Score(institution, screened.Records, asAt, edition);
            if (evaluation.Success)
            {
                scored.Add(new InstitutionGatsby(institution, evaluation.Result));
            }
            else
            {
                excluded.Add(new ExcludedInstitution(institution, evaluation.Problems));
            }
        }

        return new AreaGatsby(
            asAt,
            scored,
            AreaSummary.Of(scored.Select(s => s.Result)),
            NationalFigures(asAt),
            excluded.OrderBy(e => e.Institution.Id, StringComparer.Ordinal).ToArray()
        );
    }

    private static bool ScoredForGatsby(InstitutionRow row) =>
        (InstitutionType)row.Type != InstitutionType.Primary;

    /// <summary>The latest published national figures up to the as-at year, each kind of figure once.</summary>
    private static NationalComparison NationalFigures(LocalDate asAt)
    {
        var year = AcademicYear.ForDate(asAt);
        var upTo = NationalBenchmarkFigures
            .Published.Where(f => f.Year.StartYear <= year.StartYear)
            .ToArray();
        return new NationalComparison(
            upTo.LastOrDefault(f => f.AverageBenchmarksFullyAchieved is not null),
            upTo.LastOrDefault(f => f.PercentAchievingAllEight is not null),
            upTo.LastOrDefault(f => f.PercentFullyAchieving is not null)
        );
    }

    private static Evaluation<EntitlementResult> Entitlement(Records records, LocalDate asAt)
    {
        var learners = OnRoll(records.Learners, asAt);
        var ids = learners.Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        return Evaluate(
            learners,
            records.Activities,
            records.Participations.Where(p => ids.Contains(p.LearnerId)),
            asAt
        );
    }

    /// <summary>
    /// The area's records without the institutions whose stored records the SDK refuses, and those institutions with
    /// the problems found. The host refuses such records when they are sent, but a row written round it (a restored
    /// backup, a hand-made fix) must cost one institution its figures, never the whole area its pages: the area is
    /// evaluated whole, and only when that is refused is each institution evaluated on its own to find whose records
    /// are at fault.
    /// </summary>
    internal static Screened Screen(
        IReadOnlyList<InstitutionRow> institutions,
        Records records,
        LocalDate asAt
    )
    {
        var whole = Entitlement(records, asAt);
        if (whole.Success)
        {
            return new Screened(records, whole.Result, []);
        }

        var excluded = new List<ExcludedInstitution>();
        foreach (var institution in institutions)
        {
            var own = Entitlement(records.Of(institution.Id), asAt);
            if (!own.Success)
            {
                excluded.Add(new ExcludedInstitution(institution, own.Problems));
            }
        }

        var kept = records.Without(excluded.Select(e => e.Institution.Id));
        var rest = Entitlement(kept, asAt);
        if (!rest.Success)
        {
            // Records that no one institution holds alone (a participation across two) are refused: leave them all out.
            excluded.AddRange(
                institutions
                    .Where(i => excluded.All(e => e.Institution.Id != i.Id))
                    .Select(i => new ExcludedInstitution(i, rest.Problems))
            );
            kept = records.Without(institutions.Select(i => i.Id));
            rest = Entitlement(kept, asAt);
        }

        return new Screened(kept, rest.GetResultOrThrow(), excluded);
    }

    /// <summary>
    /// The four-encounter entitlement under the host's policy, the Derby Opportunity Area preset: the one place the
    /// host evaluates it, for one learner or the whole area.
    /// </summary>
    #region evaluate
    public static Evaluation<EntitlementResult> Evaluate(
        IReadOnlyList<Learner> learners,
        IEnumerable<ActivityRow> activities,
        IEnumerable<ParticipationRow> participations,
        LocalDate asAt
    )
    {
        // The stored rows as an activity record: refused, with the problems, when the rows break its rules.
        var record = ActivityRecord.Create(
            learners,
            activities.Select(Mapping.ToActivity),
            participations.Select(Mapping.ToParticipation)
        );
        return record.Success
            ? new EntitlementEvaluator(EncounterPolicy.DerbyOpportunityArea).Evaluate(
                record.Result,
                asAt
            )
            : Evaluation<EntitlementResult>.Of(record.Problems);
    }
    #endregion

    /// <summary>
    /// The learners who had a year group in the academic year of the date: the area holds this year's roll, so a date
    /// some years back leaves out the youngest, who had not started school then.
    /// </summary>
    private static List<Learner> OnRoll(IEnumerable<LearnerRow> rows, LocalDate asAt)
    {
        var year = AcademicYear.ForDate(asAt);
        return rows.Select(Mapping.ToLearner).Where(l => l.YearGroupIn(year) is not null).ToList();
    }

    #region kpi-report
    internal static Evaluation<KpiReport> BuildKpiReport(
        AreaData data,
        LocalDate asAt,
        Screened screened,
        AreaGatsby gatsby
    )
    {
        var year = AcademicYear.ForDate(asAt);
        var builder = KpiEvaluator.Default.Report(
            Geography.Derby,
            TimePeriod.ForAcademicYear(year),
            asAt
        );
        var headlines = new HashSet<string>(StringComparer.Ordinal);

        // NEET: the December–February window that falls in the academic year, once it has closed.
        var neet = NeetFor(data, year.StartYear + 1, asAt);
        if (neet is not null)
        {
            builder.AddNeet(neet);
            headlines.Add(KpiDefinitions.NeetOrNotKnown.Id);
            if (NeetFor(data, year.StartYear, asAt) is { } previous)
            {
                builder.CompareWithPrevious(
                    KpiDefinitions.NeetOrNotKnown.Id,
                    previous.NeetOrNotKnown.Percentage
                );
            }
        }
        else
        {
            builder
                .AddSymbol(KpiDefinitions.Neet.Id, GssSymbol.NotAvailable)
                .AddSymbol(KpiDefinitions.NotKnown.Id, GssSymbol.NotAvailable)
                .AddSymbol(KpiDefinitions.NeetOrNotKnown.Id, GssSymbol.NotAvailable);
        }

        // Destinations: the last destination year that ended (31 July) before the as-at date.
        var destinationYear =
            asAt >= new LocalDate(year.StartYear, 8, 1) ? year.StartYear - 1 : year.StartYear - 2;
        if (Destinations(data, destinationYear) is { } destinations)
        {
            builder.AddDestinations(
                destinations.All,
                destinations.NotDisadvantaged,
                destinations.Disadvantaged
            );
            headlines.Add(KpiDefinitions.SustainedDestinations.Id);
            if (Destinations(data, destinationYear - 1) is { } previous)
            {
                builder.CompareWithPrevious(
                    KpiDefinitions.SustainedDestinations.Id,
                    previous.All.Sustained.Percentage
                );
            }
        }
        else
        {
            builder.AddSymbol(KpiDefinitions.SustainedDestinations.Id, GssSymbol.NotAvailable);
        }

        if (gatsby.Institutions.Count > 0)
        {
            builder.AddBenchmarks(gatsby.Summary);
            headlines.Add(KpiDefinitions.AverageBenchmarksFullyAchieved.Id);
        }

        var entitlement = screened.Entitlement;
        var rollUp = EntitlementRollUp.Of(entitlement);
        if (rollUp.Overall.InScope > 0)
        {
            builder.AddEntitlement(rollUp).AddEncountersDelivered(entitlement);
            headlines.Add(KpiDefinitions.EntitlementMet.Id);
        }

        foreach (var target in AnalyticsTargets.All)
        {
            if (headlines.Contains(target.KpiId) && asAt >= target.BaselineDate)
            {
                builder.AddTarget(target);
            }
        }

        return builder.Build();
    }
    #endregion

    private static NeetAverage? NeetFor(AreaData data, int year, LocalDate asAt)
    {
        var february = new LocalDate(year, 2, 1).With(DateAdjusters.EndOfMonth);
        if (asAt < february)
        {
            return null;
        }

        var months = data
            .Neet.Where(m =>
                m.Month == new YearMonth(year - 1, 12)
                || m.Month == new YearMonth(year, 1)
                || m.Month == new YearMonth(year, 2)
            )
            .ToArray();
        if (months.Length != 3)
        {
            return null;
        }

        var average = KpiEvaluator.Default.NeetAverage(months, year);
        return average.Success ? average.Result : null;
    }

    private static (
        DestinationMeasure All,
        DestinationMeasure NotDisadvantaged,
        DestinationMeasure Disadvantaged
    )? Destinations(AreaData data, int year)
    {
        var rows = data.Destinations.Where(d => d.Year == year).ToArray();
        var disadvantaged = rows.SingleOrDefault(r => r.Group == Breakdowns.Disadvantaged);
        var others = rows.SingleOrDefault(r => r.Group == Breakdowns.NotDisadvantaged);
        if (disadvantaged is null || others is null)
        {
            return null;
        }

        var all = DestinationMeasure.FromCounts(Sum(Counts(disadvantaged), Counts(others)));
        var d = DestinationMeasure.FromCounts(Counts(disadvantaged));
        var o = DestinationMeasure.FromCounts(Counts(others));
        return all.Success && d.Success && o.Success ? (all.Result, o.Result, d.Result) : null;

        static Dictionary<DestinationCategory, int> Counts(DestinationRow row) =>
            new()
            {
                [DestinationCategory.Education] = row.Education,
                [DestinationCategory.Apprenticeship] = row.Apprenticeship,
                [DestinationCategory.Employment] = row.Employment,
                [DestinationCategory.NotSustained] = row.NotSustained,
                [DestinationCategory.ActivityNotCaptured] = row.ActivityNotCaptured,
            };

        static Dictionary<DestinationCategory, int> Sum(
            Dictionary<DestinationCategory, int> a,
            Dictionary<DestinationCategory, int> b
        ) => a.ToDictionary(p => p.Key, p => p.Value + b[p.Key]);
    }

    internal static List<FundedInstitution> Funded(
        IReadOnlyList<InstitutionRow> institutions,
        Records records,
        Screened screened,
        AreaGatsby gatsby
    )
    {
        // Pupils are counted from the roll whatever else is refused: an institution whose activity record is left out
        // of the area's figures is funded on its pupils, with no need measured from the record.
        var byInstitution = records.Learners.ToLookup(l => l.InstitutionId, StringComparer.Ordinal);
        var behind = screened
            .Entitlement.Learners.Where(l =>
                l.Status is EntitlementStatus.AtRisk or EntitlementStatus.NotMet
            )
            .GroupBy(l => l.Learner.InstitutionId ?? "", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var notAchieved = gatsby.Institutions.ToDictionary(
            i => i.Institution.Id,
            i => 8 - i.Result.BenchmarksFullyAchieved,
            StringComparer.Ordinal
        );

        // Deprivation decile by the share of pupils who are disadvantaged: 1 the most deprived.
        var shares = institutions
            .Select(i =>
            {
                var roll = byInstitution[i.Id].ToArray();
                return (
                    i.Id,
                    Share: roll.Length == 0
                        ? 0
                        : (double)roll.Count(l => l.FreeSchoolMealsInLastSixYears) / roll.Length
                );
            })
            .OrderByDescending(s => s.Share)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .Select((s, rank) => (s.Id, Decile: 1 + (10 * rank / institutions.Count)))
            .ToDictionary(s => s.Id, s => s.Decile, StringComparer.Ordinal);

        return institutions
            .Select(i =>
            {
                var roll = byInstitution[i.Id].ToArray();
                return new FundedInstitution(i.Id, i.Name, (InstitutionType)i.Type)
                {
                    Pupils = roll.GroupBy(l => Phase(l.YearGroup))
                        .ToDictionary(g => g.Key, g => g.Count()),
                    EligiblePupils = new Dictionary<PupilCharacteristic, int>
                    {
                        [PupilCharacteristic.Disadvantaged] = roll.Count(l =>
                            l.FreeSchoolMealsInLastSixYears
                        ),
                        [PupilCharacteristic.FreeSchoolMeals] = roll.Count(l => l.FreeSchoolMeals),
                        [PupilCharacteristic.FreeSchoolMealsEver6] = roll.Count(l =>
                            l.FreeSchoolMealsInLastSixYears
                        ),
                        [PupilCharacteristic.SenSupport] = roll.Count(l =>
                            (SenProvision)l.SenProvision == SenProvision.SenSupport
                        ),
                        [PupilCharacteristic.EhcPlan] = roll.Count(l =>
                            (SenProvision)l.SenProvision == SenProvision.EhcPlan
                        ),
                        [PupilCharacteristic.EnglishAsAdditionalLanguage] = roll.Count(l =>
                            l.EnglishAsAdditionalLanguage
                        ),
                    },
                    DeprivationDecile = shares[i.Id],
                    BenchmarksNotAchieved = notAchieved.GetValueOrDefault(i.Id),
                    LearnersBelowEntitlement = behind.GetValueOrDefault(i.Id),
                };
            })
            .ToList();

        static PupilPhase Phase(int yearGroup) =>
            yearGroup switch
            {
                <= 6 => PupilPhase.Primary,
                <= 9 => PupilPhase.KeyStage3,
                <= 11 => PupilPhase.KeyStage4,
                _ => PupilPhase.Post16,
            };
    }

    /// <summary>
    /// Reads everything the area's figures are made from: the area's row (its reference date), the institutions in id
    /// order, every learner, activity, participation and declared answer, the NEET months and the destinations.
    /// </summary>
    internal static async Task<(LocalDate ReferenceDate, AreaData Data)> LoadAsync(
        CareersDbContext db,
        CancellationToken ct
    )
    {
        var referenceDate = await CareersDatabase.ReferenceDateAsync(db, ct);
        var institutions = await db.Institutions.AsNoTracking().OrderBy(i => i.Id).ToListAsync(ct);
        var records = new Records(
            await db.Learners.AsNoTracking().OrderBy(l => l.Id).ToListAsync(ct),
            await db.Activities.AsNoTracking().OrderBy(a => a.Id).ToListAsync(ct),
            await db.Participations.AsNoTracking().ToListAsync(ct),
            await db.DeclaredAnswers.AsNoTracking().ToListAsync(ct)
        );
        var neet = await db.NeetMonths.AsNoTracking().OrderBy(m => m.Month).ToListAsync(ct);
        var destinations = await db
            .Destinations.AsNoTracking()
            .OrderBy(d => d.Year)
            .ThenBy(d => d.Group)
            .ToListAsync(ct);
        return (
            referenceDate,
            new AreaData(
                institutions,
                records,
                neet.Select(m => new NeetMonth(
                        LocalDate.FromDateOnly(m.Month).ToYearMonth(),
                        m.Cohort,
                        m.Neet,
                        m.NotKnown
                    ))
                    .ToArray(),
                destinations
            )
        );
    }

    internal sealed record Records(
        List<LearnerRow> Learners,
        List<ActivityRow> Activities,
        List<ParticipationRow> Participations,
        List<DeclaredAnswerRow> DeclaredAnswers
    )
    {
        /// <summary>
        /// One institution's records: its learners and what they took part in (anywhere: a transfer brings a learner's
        /// record with them), its activities and those its learners attended elsewhere, its answers.
        /// </summary>
        public Records Of(string institutionId)
        {
            var learners = Learners.Where(l => l.InstitutionId == institutionId).ToList();
            var ids = learners.Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
            var participations = Participations.Where(p => ids.Contains(p.LearnerId)).ToList();
            var attended = participations
                .Select(p => p.ActivityId)
                .ToHashSet(StringComparer.Ordinal);
            return new Records(
                learners,
                Activities
                    .Where(a => a.InstitutionId == institutionId || attended.Contains(a.Id))
                    .ToList(),
                participations,
                DeclaredAnswers.Where(a => a.InstitutionId == institutionId).ToList()
            );
        }

        /// <summary>The records without some institutions' learners, activities and answers.</summary>
        public Records Without(IEnumerable<string> institutionIds)
        {
            var left = institutionIds.ToHashSet(StringComparer.Ordinal);
            if (left.Count == 0)
            {
                return this;
            }

            var learners = Learners.Where(l => !left.Contains(l.InstitutionId)).ToList();
            var activities = Activities.Where(a => !left.Contains(a.InstitutionId)).ToList();
            var learnerIds = learners.Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
            var activityIds = activities.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            return new Records(
                learners,
                activities,
                Participations
                    .Where(p =>
                        learnerIds.Contains(p.LearnerId) && activityIds.Contains(p.ActivityId)
                    )
                    .ToList(),
                DeclaredAnswers.Where(a => !left.Contains(a.InstitutionId)).ToList()
            );
        }
    }

    /// <summary>The records the area's figures are made from, their entitlement, and who was left out and why.</summary>
    internal sealed record Screened(
        Records Records,
        EntitlementResult Entitlement,
        IReadOnlyList<ExcludedInstitution> Excluded
    );

    internal sealed record AreaData(
        List<InstitutionRow> Institutions,
        Records Records,
        IReadOnlyList<NeetMonth> Neet,
        List<DestinationRow> Destinations
    );
}
