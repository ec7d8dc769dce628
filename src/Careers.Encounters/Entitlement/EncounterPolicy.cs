using System;
using System.Collections.Generic;
using System.Linq;

namespace Careers.Encounters;

/// <summary>
/// The entitlement to encounters with employers as a rule set: how many, over which year groups, which activities
/// qualify, what makes one meaningful, how multi-employer events count, and the milestones a learner should reach by
/// the end of each year group. Built with <see cref="EncounterPolicyBuilder"/>; immutable and safe to share once built.
/// Sources and decisions: docs/articles/domain.md §4–5.
/// </summary>
public sealed class EncounterPolicy
{
    private readonly int[] milestones;

    internal EncounterPolicy(
        string id,
        string version,
        int threshold,
        YearGroup firstYearGroup,
        YearGroup lastYearGroup,
        IReadOnlyCollection<ActivityKind> qualifyingKinds,
        MeaningfulEvidence requiredEvidence,
        CountingUnit countingUnit,
        int minimumPerYear,
        int[] milestones,
        string source
    )
    {
        Id = id;
        Version = version;
        Threshold = threshold;
        FirstYearGroup = firstYearGroup;
        LastYearGroup = lastYearGroup;
        QualifyingKinds = qualifyingKinds;
        RequiredEvidence = requiredEvidence;
        CountingUnit = countingUnit;
        MinimumPerYear = minimumPerYear;
        this.milestones = milestones;
        Source = source;
        kindMask = qualifyingKinds.Aggregate(0, (mask, kind) => mask | (1 << (int)kind));
    }

    private readonly int kindMask;

    /// <summary>The policy's id, recorded in every result.</summary>
    public string Id { get; }

    /// <summary>The policy's version, recorded in every result.</summary>
    public string Version { get; }

    /// <summary>How many meaningful encounters a learner is entitled to over the window.</summary>
    public int Threshold { get; }

    /// <summary>The first year group of the window.</summary>
    public YearGroup FirstYearGroup { get; }

    /// <summary>The last year group of the window; the window closes at its end (31 August).</summary>
    public YearGroup LastYearGroup { get; }

    /// <summary>The kinds of activity that count.</summary>
    public IReadOnlyCollection<ActivityKind> QualifyingKinds { get; }

    /// <summary>The evidence an activity needs, for the learner, to be meaningful.</summary>
    public MeaningfulEvidence RequiredEvidence { get; }

    /// <summary>How a multi-employer event counts.</summary>
    public CountingUnit CountingUnit { get; }

    /// <summary>How many encounters each academic year of the window needs on its own (0: no yearly minimum; 1 for Gatsby Benchmark 5).</summary>
    public int MinimumPerYear { get; }

    /// <summary>The source of the policy.</summary>
    public string Source { get; }

    /// <summary>
    /// The Derby Opportunity Area entitlement: four meaningful encounters with employers for "every secondary school
    /// child", Years 7 to 11. Source: Derby Opportunity Area delivery plan (DfE, 2017): "every secondary school child
    /// in Derby will benefit from four good quality encounters with an employer". Meaningful by The Careers &amp;
    /// Enterprise Company's minimum standard (learning outcomes, two-way interaction, evidence the learner took part);
    /// milestones pro rata.
    /// </summary>
    public static EncounterPolicy DerbyOpportunityArea { get; } =
        EncounterPolicyBuilder
            .Create("derby-oa.four-encounters", "1.0")
            .Entitles(4)
            .From(YearGroup.Year7)
            .To(YearGroup.Year11)
            .WithSource("Derby Opportunity Area delivery plan (DfE, 2017)")
            .Build()
            .GetResultOrThrow();

    /// <summary>
    /// The Opportunity Areas employer commitment: "all pupils aged eleven to eighteen … will experience at least four
    /// meaningful encounters with employers and the world of work", Years 7 to 13. Source: Derby Opportunity Area
    /// delivery plan (DfE, 2017). Milestones pro rata.
    /// </summary>
    public static EncounterPolicy OpportunityAreasEmployerCommitment { get; } =
        EncounterPolicyBuilder
            .Create("oa.employer-commitment", "1.0")
            .Entitles(4)
            .From(YearGroup.Year7)
            .To(YearGroup.Year13)
            .WithSource(
                "Derby Opportunity Area delivery plan (DfE, 2017): pupils aged eleven to eighteen"
            )
            .Build()
            .GetResultOrThrow();

    /// <summary>
    /// Gatsby Benchmark 5 for schools: "every year, from the age of 11, pupils should participate in at least one
    /// meaningful encounter with an employer" — at least one in each year from Year 7 to Year 13 (seven in all).
    /// Source: Gatsby Charitable Foundation, <i>Good Career Guidance</i> (2014, 2024).
    /// </summary>
    public static EncounterPolicy GatsbyBenchmark5 { get; } =
        EncounterPolicyBuilder
            .Create("gatsby.b5.every-year", "1.0")
            .Entitles(7)
            .From(YearGroup.Year7)
            .To(YearGroup.Year13)
            .AtLeastEachYear(1)
            .WithSource(
                "Gatsby Charitable Foundation, Good Career Guidance (2014, 2024), Benchmark 5"
            )
            .Build()
            .GetResultOrThrow();

    /// <summary>How many encounters a learner should have by the end of a year group in the window.</summary>
    /// <param name="yearGroup">A year group from <see cref="FirstYearGroup"/> to <see cref="LastYearGroup"/>.</param>
    /// <returns>The milestone.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year group is outside the window.</exception>
    public int MilestoneAtEndOf(YearGroup yearGroup) =>
        yearGroup >= FirstYearGroup && yearGroup <= LastYearGroup
            ? milestones[yearGroup.Number - FirstYearGroup.Number]
            : throw new ArgumentOutOfRangeException(
                nameof(yearGroup),
                yearGroup,
                $"Outside the window {FirstYearGroup} to {LastYearGroup}."
            );

    /// <summary>Whether an activity kind qualifies.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see langword="true"/> when it counts.</returns>
    public bool Qualifies(ActivityKind kind) => (kindMask & (1 << (int)kind)) != 0;

    /// <summary>Whether evidence makes an activity meaningful under this policy.</summary>
    /// <param name="evidence">The evidence recorded for the learner in the activity.</param>
    /// <returns><see langword="true"/> when every required flag is present.</returns>
    public bool IsMeaningful(MeaningfulEvidence evidence) =>
        (evidence & RequiredEvidence) == RequiredEvidence;

    /// <summary>The id and version, for example <c>derby-oa.four-encounters@1.0</c>.</summary>
    /// <returns>The policy on one line.</returns>
    public override string ToString() => $"{Id}@{Version}";
}
