using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Claims;
using Careers;
using Careers.Encounters;
using Careers.Kpi;
using Careers.SampleHost.Analytics;
using Careers.SampleHost.Data;
using Careers.SampleHost.Security;
using NodaTime;

namespace Careers.SampleHost.Api;

internal sealed record AreaDto(
    string Name,
    bool Synthetic,
    int Seed,
    int LearnersPerYearGroup,
    string ReferenceDate,
    int Institutions,
    int Learners,
    int Activities,
    int Participations
);

internal sealed record InstitutionDto(
    string Id,
    string Name,
    string Type,
    int? LaEstab,
    string Ward,
    double Achievement,
    bool Synthetic
)
{
    public static InstitutionDto From(InstitutionRow row) =>
        new(
            row.Id,
            row.Name,
            ((InstitutionType)row.Type).ToString(),
            row.LaEstab,
            row.Ward,
            row.Achievement,
            row.Synthetic
        );
}

internal sealed record CharacteristicsDto(
    bool Disadvantaged,
    bool FreeSchoolMeals,
    bool FreeSchoolMealsInLastSixYears,
    string SenProvision,
    bool EnglishAsAdditionalLanguage,
    string Sex,
    string? Ward
);

internal sealed record LearnerDto(
    string Id,
    string InstitutionId,
    string? Upn,
    string DateOfBirth,
    int YearGroup,
    string AcademicYear,
    CharacteristicsDto Characteristics,
    bool Synthetic
)
{
    public static LearnerDto From(LearnerRow row)
    {
        var learner = Mapping.ToLearner(row);
        var c = learner.Characteristics;
        return new(
            row.Id,
            row.InstitutionId,
            row.Upn,
            Text.Date(learner.DateOfBirth),
            row.YearGroup,
            learner.AcademicYear.ToString(),
            new CharacteristicsDto(
                c.IsDisadvantaged,
                c.FreeSchoolMeals,
                c.FreeSchoolMealsInLastSixYears,
                c.SenProvision.ToString(),
                c.EnglishAsAdditionalLanguage,
                c.Sex.ToString(),
                c.HomeArea
            ),
            row.Synthetic
        );
    }
}

internal sealed record PageDto<T>(int Total, int Skip, int Take, IReadOnlyList<T> Items);

internal sealed record MilestoneDto(int YearGroup, int Encounters, string Due);

internal sealed record CountedDto(string ActivityId, string Date, int Encounters);

internal sealed record NotCountedDto(string ActivityId, string Reason);

internal sealed record LearnerEntitlementDto(
    string LearnerId,
    string AsAt,
    string Provenance,
    int YearGroup,
    string Status,
    int Count,
    int Shortfall,
    MilestoneDto? NextMilestone,
    IReadOnlyList<CountedDto> Counted,
    IReadOnlyList<NotCountedDto> NotCounted
)
{
    public static LearnerEntitlementDto From(
        EntitlementResult result,
        LearnerEntitlement l,
        LocalDate asAt
    ) =>
        new(
            l.Learner.Id,
            Text.Date(asAt),
            result.Provenance.ToString(),
            l.YearGroup.Number,
            l.Status.ToString(),
            l.Count,
            l.Shortfall,
            l.NextMilestone is { } m
                ? new MilestoneDto(m.YearGroup.Number, m.Encounters, Text.Date(m.Due))
                : null,
            l.Counted.Select(c => new CountedDto(c.ActivityId, Text.Date(c.Date), c.Encounters))
                .ToArray(),
            l.NotCounted.Select(n => new NotCountedDto(n.ActivityId, n.Reason.ToString())).ToArray()
        );
}

/// <summary>
/// Counts by entitlement status. For an analyst or administrator, a number that could identify a child is suppressed:
/// it is null, and <see cref="Symbol"/> is <c>c</c> (the GSS symbol for confidential), as Careers.Kpi's suppression
/// rules say (see <see cref="EntitlementSummaryAccess"/>).
/// </summary>
internal sealed record StatusCountsDto(
    int? Total,
    int? InScope,
    int? Met,
    int? OnTrack,
    int? AtRisk,
    int? NotMet,
    decimal? PercentMet,
    decimal? PercentMetOrOnTrack,
    string? Symbol = null
)
{
    public static StatusCountsDto From(StatusCounts c) =>
        new(
            c.Total,
            c.InScope,
            c[EntitlementStatus.Met],
            c[EntitlementStatus.OnTrack],
            c[EntitlementStatus.AtRisk],
            c[EntitlementStatus.NotMet],
            c.PercentMet,
            c.PercentMetOrOnTrack
        );
}

internal sealed record EntitlementSummaryDto(
    string Scope,
    string AsAt,
    string Provenance,
    StatusCountsDto Overall,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, StatusCountsDto>> Breakdowns,
    bool Synthetic,
    IReadOnlyList<ExcludedInstitutionDto> Excluded
)
{
    private static readonly string[] Dimensions =
    [
        Careers.Breakdowns.YearGroup,
        Careers.Breakdowns.Disadvantage,
        Careers.Breakdowns.SenProvision,
        Careers.Breakdowns.EnglishAsAdditionalLanguage,
    ];

    public static EntitlementSummaryDto From(
        string scope,
        EntitlementResult result,
        LocalDate asAt,
        IReadOnlyList<ExcludedInstitution> excluded
    )
    {
        var rollUp = EntitlementRollUp.Of(result);
        var breakdowns = Dimensions
            .Where(d => rollUp.BreakdownNames.Contains(d))
            .ToDictionary(
                d => d,
                d =>
                    (IReadOnlyDictionary<string, StatusCountsDto>)
                        rollUp.By(d).ToDictionary(g => g.Key, g => StatusCountsDto.From(g.Value))
            );
        return new(
            scope,
            Text.Date(asAt),
            result.Provenance.ToString(),
            StatusCountsDto.From(rollUp.Overall),
            breakdowns,
            true,
            ExcludedInstitutionDto.From(excluded)
        );
    }
}

/// <summary>
/// An institution left out of an area figure because its stored records are refused: its id and name, and the codes
/// of the problems found (never their messages or pointers, which can name a learner).
/// </summary>
internal sealed record ExcludedInstitutionDto(
    string InstitutionId,
    string Name,
    IReadOnlyList<string> Problems
)
{
    public static IReadOnlyList<ExcludedInstitutionDto> From(
        IEnumerable<ExcludedInstitution> excluded
    ) =>
        excluded
            .Select(e => new ExcludedInstitutionDto(
                e.Institution.Id,
                e.Institution.Name,
                e.Problems.Select(p => p.Code)
                    .Distinct(StringComparer.Ordinal)
                    .Order(StringComparer.Ordinal)
                    .ToArray()
            ))
            .ToArray();
}

/// <summary>What each role sees of a summary.</summary>
internal static class EntitlementSummaryAccess
{
    #region suppress
    // The columns of a row of counts, in StatusCountsDto's order; InScope is the sum of the four statuses.
    private const int Total = 0,
        InScope = 1,
        Columns = 6;

    /// <summary>
    /// A school sees its own figures whole; analysts and administrators see aggregates only, so small numbers are
    /// suppressed with <see cref="SuppressionRule.Pupils"/> (see <see cref="Suppress"/>).
    /// </summary>
    public static EntitlementSummaryDto For(
        this EntitlementSummaryDto summary,
        ClaimsPrincipal user
    ) => user.SuppressionFor() is { } rule ? summary.Suppress(rule) : summary;

    /// <summary>
    /// Suppresses every number that could identify a child, then every number that would let one be worked out by
    /// subtraction. Primary: a group of 1 to 5 learners, or of 1 to 5 in scope, hides its whole row; a status count
    /// the rule calls small (1 or 2 under <see cref="SuppressionRule.Pupils"/>) hides that number. Secondary, when the
    /// rule asks for it: every sum the response shows (a row's statuses add up to its learners in scope; a
    /// breakdown's groups add up to the overall row, column by column) must not have exactly one hidden number other
    /// than zero, so the smallest other number of such a sum that is not zero is hidden too, until none has. Zeros are
    /// never hidden to protect another number and never count as protection: many are known to be zero whatever is
    /// shown (nobody is "not met" while the window is open), so hiding them would hide nothing and let the number
    /// they were meant to protect be worked out. This is the DfE practice Careers.Kpi's
    /// <see cref="SuppressionRule.Apply"/> implements for one sum, applied to every sum of the table.
    /// </summary>
    public static EntitlementSummaryDto Suppress(
        this EntitlementSummaryDto summary,
        SuppressionRule rule
    )
    {
        var rows = new List<int[]> { Values(summary.Overall) };
        var groups = new List<(string Breakdown, string Group, int Row)>();
        foreach (var (breakdown, cells) in summary.Breakdowns)
        {
            foreach (var (group, counts) in cells)
            {
                groups.Add((breakdown, group, rows.Count));
                rows.Add(Values(counts));
            }
        }

        var hidden = rows.Select(r => Primary(r, rule)).ToList();
        if (rule.SecondarySuppression)
        {
            var sums = new List<(int Row, int Column)[]>();
            for (var r = 0; r < rows.Count; r++)
            {
                sums.Add([.. Enumerable.Range(InScope, Columns - InScope).Select(c => (r, c))]);
            }

            foreach (var breakdown in groups.GroupBy(g => g.Breakdown))
            {
                for (var c = 0; c < Columns; c++)
                {
                    sums.Add([(0, c), .. breakdown.Select(g => (g.Row, c))]);
                }
            }

            // Each pass hides at least one more number or stops, so this ends.
            bool changed;
            do
            {
                changed = false;
                foreach (var sum in sums)
                {
                    // A zero protects nothing: most zeros here are known to be zero (no learner is "not met" while
                    // the window is open), so a hidden zero is not counted, and a zero is never hidden to protect.
                    if (
                        sum.Count(cell =>
                            hidden[cell.Row][cell.Column] && rows[cell.Row][cell.Column] > 0
                        ) != 1
                    )
                    {
                        continue;
                    }

                    var next = sum.Where(cell =>
                            !hidden[cell.Row][cell.Column] && rows[cell.Row][cell.Column] > 0
                        )
                        .OrderBy(cell => rows[cell.Row][cell.Column])
                        .Select(cell => ((int Row, int Column)?)cell)
                        .FirstOrDefault();
                    if (next is (int row, int column))
                    {
                        hidden[row][column] = true;
                        changed = true;
                    }
                }
            } while (changed);
        }

        var shown = groups
            .GroupBy(g => g.Breakdown)
            .ToDictionary(
                b => b.Key,
                b =>
                    (IReadOnlyDictionary<string, StatusCountsDto>)
                        b.ToDictionary(
                            g => g.Group,
                            g => Shown(summary.Breakdowns[b.Key][g.Group], hidden[g.Row])
                        )
            );
        return summary with { Overall = Shown(summary.Overall, hidden[0]), Breakdowns = shown };
    }

    #endregion

    private static int[] Values(StatusCountsDto c) =>
        [c.Total ?? 0, c.InScope ?? 0, c.Met ?? 0, c.OnTrack ?? 0, c.AtRisk ?? 0, c.NotMet ?? 0];

    private static bool[] Primary(int[] row, SuppressionRule rule)
    {
        var smallGroup =
            (row[Total] > 0 && rule.Suppresses(0, row[Total]))
            || (row[InScope] > 0 && rule.Suppresses(0, row[InScope]));
        return
        [
            .. Enumerable
                .Range(0, Columns)
                .Select(c => smallGroup || (c > InScope && rule.Suppresses(row[c], null))),
        ];
    }

    private static StatusCountsDto Shown(StatusCountsDto c, bool[] hidden)
    {
        if (!hidden.Contains(true))
        {
            return c;
        }

        int? Show(int? value, int column) => hidden[column] ? null : value;
        return new StatusCountsDto(
            Show(c.Total, 0),
            Show(c.InScope, 1),
            Show(c.Met, 2),
            Show(c.OnTrack, 3),
            Show(c.AtRisk, 4),
            Show(c.NotMet, 5),
            // A percentage is one more sum: with a hidden count beside it, it could give that count away.
            hidden.Skip(InScope).Contains(true)
                ? null
                : c.PercentMet,
            hidden.Skip(InScope).Contains(true) ? null : c.PercentMetOrOnTrack,
            GssSymbol.Suppressed.Code()
        );
    }
}

internal static class Text
{
    public static string Date(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);

    /// <summary>
    /// An instant in UTC, ISO 8601 to the second with its <c>Z</c>, such as <c>2025-03-01T10:00:00Z</c>. The database
    /// keeps a <see cref="System.DateTime"/> whose kind it does not keep: it is always UTC in this host.
    /// </summary>
    public static string Instant(System.DateTime utc) =>
        NodaTime.Text.InstantPattern.General.Format(
            NodaTime.Instant.FromDateTimeUtc(
                System.DateTime.SpecifyKind(utc, System.DateTimeKind.Utc)
            )
        );
}

/// <summary>
/// One row of a JSON import: a learner's part in a careers activity, the fields of the CSV format in camel case.
/// </summary>
/// <param name="LearnerId">The learner; on roll at the institution imported into.</param>
/// <param name="InstitutionId">The institution, or null; when given, the one imported into.</param>
/// <param name="YearGroup">The learner's year group in the area's reference academic year: <c>9</c>, <c>Y9</c> or <c>Year 9</c>.</param>
/// <param name="ActivityId">The activity; new to the database, and the same date, kind and employers on each of its rows.</param>
/// <param name="ActivityDate">The activity's date, <c>yyyy-MM-dd</c>, not after the area's reference date.</param>
/// <param name="ActivityKind">An <see cref="Careers.ActivityKind"/> name, such as <c>EmployerTalk</c>.</param>
/// <param name="Evidence"><see cref="MeaningfulEvidence"/> names: the evidence for this learner in this activity.</param>
/// <param name="Employers">How many employers the activity involved; 0 when left out.</param>
/// <param name="DuringSchoolDay">Whether the activity was during the standard school day; not recorded when left out.</param>
/// <param name="Providers">The providers of approved technical education or apprenticeships it involved, by id.</param>
internal sealed record ImportRowJson(
    string LearnerId,
    string? InstitutionId,
    string YearGroup,
    string ActivityId,
    string ActivityDate,
    string ActivityKind,
    IReadOnlyList<string>? Evidence,
    int? Employers,
    bool? DuringSchoolDay,
    IReadOnlyList<string>? Providers
);

/// <summary>What an import wrote.</summary>
internal sealed record ImportResultDto(
    string InstitutionId,
    string IdempotencyKey,
    int Rows,
    int Activities,
    int Participations,
    int Learners
);

/// <summary>What a learner import from a Common Transfer File wrote.</summary>
/// <param name="InstitutionId">The school imported into.</param>
/// <param name="IdempotencyKey">The import's key.</param>
/// <param name="CtfVersion">The file's <c>CTFversion</c>, such as <c>21.0</c>.</param>
/// <param name="Pupils">The pupils in the file: each is now a learner of the school.</param>
/// <param name="Added">The learners added to the school's roll.</param>
/// <param name="Updated">The learners already on roll, updated from the file.</param>
/// <param name="Warnings">What the reader noticed but took (a newer CTF version read as CTF 21).</param>
internal sealed record LearnerImportResultDto(
    string InstitutionId,
    string IdempotencyKey,
    string CtfVersion,
    int Pupils,
    int Added,
    int Updated,
    IReadOnlyList<FieldError> Warnings
);

/// <summary>An entry edited on both sides of a transfer: the receiving school's version is kept.</summary>
internal sealed record TransferConflictDto(string Id, string Path, string Message);

/// <summary>What a transfer did, and the merged log.</summary>
internal sealed record TransferResultDto(
    string LearnerId,
    string From,
    string To,
    string Date,
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Unchanged,
    IReadOnlyList<TransferConflictDto> Conflicts,
    int SchoolsAdded,
    System.Text.Json.JsonElement Log
);
