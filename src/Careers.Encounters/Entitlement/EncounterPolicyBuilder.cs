using System;
using System.Collections.Generic;
using System.Linq;

namespace Careers.Encounters;

/// <summary>
/// Builds an <see cref="EncounterPolicy"/> with a chain that reads like the policy:
/// <c>EncounterPolicyBuilder.Create("derby", "1.0").Entitles(4).From(YearGroup.Year7).To(YearGroup.Year11).Build()</c>, which answers an <see cref="Evaluation{TResult}"/>.
/// Mutable until <see cref="Build"/>; the policy it builds is immutable.
/// </summary>
public sealed class EncounterPolicyBuilder
{
    /// <summary>
    /// The activity kinds that count by default: every employer encounter and every experience of a workplace
    /// (talks, mentoring, enterprise challenges, careers fairs, workplace visits, work shadowing, work experience,
    /// virtual work experience). Part-time jobs do not count unless added.
    /// </summary>
    public static IReadOnlyCollection<ActivityKind> DefaultQualifyingKinds { get; } =
        Array.AsReadOnly(
            new[]
            {
                ActivityKind.EmployerTalk,
                ActivityKind.Mentoring,
                ActivityKind.EnterpriseChallenge,
                ActivityKind.CareersFair,
                ActivityKind.WorkplaceVisit,
                ActivityKind.WorkShadowing,
                ActivityKind.WorkExperience,
                ActivityKind.VirtualWorkExperience,
            }
        );

    /// <summary>
    /// The evidence a meaningful encounter needs by default: learning outcomes, two-way interaction and evidence the
    /// learner took part — The Careers &amp; Enterprise Company's minimum standard for an employer encounter (2020).
    /// </summary>
    public const MeaningfulEvidence DefaultRequiredEvidence =
        MeaningfulEvidence.LearningOutcomes
        | MeaningfulEvidence.TwoWayInteraction
        | MeaningfulEvidence.ActiveParticipation;

    private readonly string id;
    private readonly string version;
    private readonly Dictionary<YearGroup, int> milestones = [];
    private int threshold = 4;
    private YearGroup first = YearGroup.Year7;
    private YearGroup last = YearGroup.Year11;
    private IReadOnlyCollection<ActivityKind> kinds = DefaultQualifyingKinds;
    private MeaningfulEvidence evidence = DefaultRequiredEvidence;
    private CountingUnit unit = CountingUnit.PerOccasion;
    private int minimumPerYear;
    private string source = "Local policy";

    private EncounterPolicyBuilder(string id, string version)
    {
        this.id = Guard.NotEmpty(id, nameof(id));
        this.version = Guard.NotEmpty(version, nameof(version));
    }

    /// <summary>Starts a policy. Defaults: four encounters, Years 7 to 11, <see cref="DefaultQualifyingKinds"/>, <see cref="DefaultRequiredEvidence"/>, one per occasion, milestones pro rata.</summary>
    /// <param name="id">The policy's id, recorded in every result.</param>
    /// <param name="version">The policy's version.</param>
    /// <returns>A builder.</returns>
    public static EncounterPolicyBuilder Create(string id, string version) => new(id, version);

    /// <summary>Sets how many encounters the window entitles a learner to.</summary>
    /// <param name="encounters">At least 1.</param>
    /// <returns>This builder.</returns>
    public EncounterPolicyBuilder Entitles(int encounters)
    {
        threshold = encounters;
        return this;
    }

    /// <summary>Sets the first year group of the window.</summary>
    /// <param name="yearGroup">The year group.</param>
    /// <returns>This builder.</returns>
    public EncounterPolicyBuilder From(YearGroup yearGroup)
    {
        first = yearGroup;
        return this;
    }

    /// <summary>Sets the last year group of the window.</summary>
    /// <param name="yearGroup">The year group.</param>
    /// <returns>This builder.</returns>
    public EncounterPolicyBuilder To(YearGroup yearGroup)
    {
        last = yearGroup;
        return this;
    }

    /// <summary>Sets the kinds of activity that count.</summary>
    /// <param name="qualifying">The kinds.</param>
    /// <returns>This builder.</returns>
    public EncounterPolicyBuilder Counting(params ActivityKind[] qualifying)
    {
        kinds = Array.AsReadOnly(
            Guard.NotNull(qualifying, nameof(qualifying)).Distinct().ToArray()
        );
        return this;
    }

    /// <summary>Sets the evidence an activity needs to be meaningful.</summary>
    /// <param name="required">The flags, all of which must be present.</param>
    /// <returns>This builder.</returns>
    public EncounterPolicyBuilder RequiringEvidence(MeaningfulEvidence required)
    {
        evidence = required;
        return this;
    }

    /// <summary>Counts each employer met at a multi-employer event as one encounter (the opt-in; the default is one per occasion).</summary>
    /// <returns>This builder.</returns>
    public EncounterPolicyBuilder CountingEachEmployerMet()
    {
        unit = CountingUnit.PerEmployerMet;
        return this;
    }

    /// <summary>Requires a minimum number of encounters in each academic year of the window, as Gatsby Benchmark 5 does.</summary>
    /// <param name="encounters">At least 1.</param>
    /// <returns>This builder.</returns>
    public EncounterPolicyBuilder AtLeastEachYear(int encounters)
    {
        minimumPerYear = encounters;
        return this;
    }

    /// <summary>
    /// Sets how many encounters a learner should have by the end of a year group, replacing the pro rata milestone
    /// for that year group. Milestones must not fall from one year to the next nor exceed the threshold.
    /// </summary>
    /// <param name="yearGroup">A year group in the window.</param>
    /// <param name="encounters">The milestone.</param>
    /// <returns>This builder.</returns>
    public EncounterPolicyBuilder Milestone(YearGroup yearGroup, int encounters)
    {
        milestones[yearGroup] = encounters;
        return this;
    }

    /// <summary>Records where the policy comes from.</summary>
    /// <param name="citation">The source.</param>
    /// <returns>This builder.</returns>
    public EncounterPolicyBuilder WithSource(string citation)
    {
        source = Guard.NotEmpty(citation, nameof(citation));
        return this;
    }

    /// <summary>Every problem with the policy as set so far: empty when it can be built.</summary>
    /// <returns>The problems, each with a code, a JSON pointer into the policy and a message.</returns>
    public IReadOnlyList<ValidationError> Validate()
    {
        var problems = new List<ValidationError>();
        if (threshold < 1)
        {
            problems.Add(
                new(
                    "policy.threshold",
                    "/threshold",
                    $"The threshold must be at least 1, not {threshold}."
                )
            );
        }

        if (first > last)
        {
            problems.Add(
                new(
                    "policy.window",
                    "/window",
                    $"The window runs from {first} to {last}: the first year group is after the last."
                )
            );
        }

        if (kinds.Count == 0)
        {
            problems.Add(
                new("policy.kinds", "/qualifyingKinds", "At least one activity kind must count.")
            );
        }

        if (
            minimumPerYear < 0
            || (first <= last && minimumPerYear * (last.Number - first.Number + 1) > threshold)
        )
        {
            problems.Add(
                new(
                    "policy.minimum-per-year",
                    "/minimumPerYear",
                    $"A yearly minimum of {minimumPerYear} over the window cannot fit in a threshold of {threshold}."
                )
            );
        }

        var previous = 0;
        foreach (var pair in milestones.OrderBy(p => p.Key))
        {
            var path = JsonPointer.Append("/milestones", pair.Key.ToString());
            if (pair.Key < first || pair.Key > last)
            {
                problems.Add(
                    new(
                        "policy.milestone-window",
                        path,
                        $"{pair.Key} is outside the window {first} to {last}."
                    )
                );
            }
            else if (pair.Value > threshold)
            {
                problems.Add(
                    new(
                        "policy.milestone-threshold",
                        path,
                        $"The milestone for {pair.Key} is {pair.Value}, above the threshold of {threshold}."
                    )
                );
            }
            else if (pair.Value < previous || pair.Value < 0)
            {
                problems.Add(
                    new(
                        "policy.milestone-order",
                        path,
                        $"The milestone for {pair.Key} is {pair.Value}, below an earlier milestone of {previous}."
                    )
                );
            }

            previous = Math.Max(previous, pair.Value);
        }

        return problems;
    }

    /// <summary>
    /// Builds the policy, or answers every problem <see cref="Validate"/> finds: an invalid policy never exists
    /// (docs/articles/conventions.md, "Building a rule set").
    /// </summary>
    /// <returns>The immutable policy, or the problems.</returns>
    public Evaluation<EncounterPolicy> Build()
    {
        var problems = Validate();
        if (problems.Count > 0)
        {
            return Evaluation<EncounterPolicy>.Of(problems);
        }

        return Evaluation<EncounterPolicy>.Of(
            new EncounterPolicy(
                id,
                version,
                threshold,
                first,
                last,
                kinds,
                evidence,
                unit,
                minimumPerYear,
                Milestones(),
                source
            )
        );
    }

    /// <summary>
    /// Decision (docs/articles/domain.md §5): milestones default to pro rata — by the end of the k-th of n year groups,
    /// ⌊threshold × k ÷ n⌋, never less than the yearly minimum so far — with any set explicitly taking their place,
    /// and the last year group's milestone always the threshold.
    /// </summary>
    private int[] Milestones()
    {
        var count = last.Number - first.Number + 1;
        var result = new int[count];
        for (var k = 1; k <= count; k++)
        {
            var yearGroup = YearGroup.FromNumber(first.Number + k - 1);
            result[k - 1] = milestones.TryGetValue(yearGroup, out var set)
                ? set
                : Math.Max(threshold * k / count, Math.Min(threshold, minimumPerYear * k));
        }

        result[count - 1] = threshold;
        for (var k = 1; k < count; k++)
        {
            result[k] = Math.Max(result[k], result[k - 1]);
        }

        return result;
    }
}
