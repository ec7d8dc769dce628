using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Careers.Gatsby;

/// <summary>
/// What each learner must have for a learner-evidenced criterion to count them: the kind of evidence, how much of it,
/// and by when. Part of a framework's data; immutable.
/// </summary>
public sealed class LearnerRequirement
{
    internal LearnerRequirement(
        RequirementKind kind,
        int minimumCount,
        int? deadlineAge = null,
        bool byEndOfProgramme = false,
        int minimumThroughCurriculumArea = 0,
        IReadOnlyList<ProviderGroup>? providerGroups = null,
        bool onlyLearnersConsideringHigherEducation = false,
        bool requiresQualifiedAdviser = true
    )
    {
        Kind = kind;
        MinimumCount = minimumCount;
        DeadlineAge = deadlineAge;
        ByEndOfProgramme = byEndOfProgramme;
        MinimumThroughCurriculumArea = minimumThroughCurriculumArea;
        ProviderGroups = providerGroups ?? Array.Empty<ProviderGroup>();
        OnlyLearnersConsideringHigherEducation = onlyLearnersConsideringHigherEducation;
        RequiresQualifiedAdviser =
            kind == RequirementKind.GuidanceMeetings && requiresQualifiedAdviser;
    }

    /// <summary>The kind of evidence.</summary>
    public RequirementKind Kind { get; }

    /// <summary>
    /// How much: encounters a year, experiences, visits or meetings in all by the deadline, or distinct provider
    /// groups met. A <see cref="GatsbyPolicy"/> can override it per criterion.
    /// </summary>
    public int MinimumCount { get; }

    /// <summary>"By the age of" this age, read through <see cref="GatsbyPolicy.AgeMilestones"/>; <see langword="null"/> when there is no age deadline.</summary>
    public int? DeadlineAge { get; }

    /// <summary>By the end of the learner's study programme (colleges), read through <see cref="GatsbyPolicy.CollegeProgrammeFinalYearGroup"/>.</summary>
    public bool ByEndOfProgramme { get; }

    /// <summary>Of <see cref="MinimumCount"/> employer encounters a year, how many must come through the learner's curriculum area (colleges: one).</summary>
    public int MinimumThroughCurriculumArea { get; }

    /// <summary>For provider encounters, the groups of provider that make up the range.</summary>
    public IReadOnlyList<ProviderGroup> ProviderGroups { get; }

    /// <summary>Whether only learners considering higher education are in scope.</summary>
    public bool OnlyLearnersConsideringHigherEducation { get; }

    /// <summary>
    /// For guidance meetings, whether only meetings with an adviser qualified to
    /// <see cref="GatsbyPolicy.MinimumAdviserQualificationLevel"/> or above count; always <see langword="false"/> for other
    /// kinds. <see langword="true"/> for Benchmark 8 in every built-in framework but the 2014 colleges edition, where
    /// the Level 6 adviser is a footnote ("The college should ensure that access to a level 6 adviser is available when
    /// needed"), not a condition on the interview: there every guidance interview counts, whatever the adviser's level.
    /// </summary>
    public bool RequiresQualifiedAdviser { get; }

    /// <summary>What a learner who lacks this still needs, in words: "at least one meaningful employer encounter this academic year".</summary>
    /// <param name="minimumCount">The count in force (the framework's, or the policy's override).</param>
    /// <returns>A phrase that completes "learners have had no …" style explanations.</returns>
    public string Describe(int minimumCount) =>
        Kind switch
        {
            RequirementKind.EmployerEncountersEveryYear => MinimumThroughCurriculumArea > 0
                ? $"{Count(minimumCount)} meaningful employer {Plural(minimumCount, "encounter")} this academic year, {Count(MinimumThroughCurriculumArea)} through their curriculum area"
                : $"{Count(minimumCount)} meaningful employer {Plural(minimumCount, "encounter")} this academic year",
            RequirementKind.WorkplaceExperiences =>
                $"{Count(minimumCount)} meaningful {Plural(minimumCount, "experience")} of a workplace{Deadline()}",
            RequirementKind.ProviderEncounters => minimumCount >= ProviderGroups.Count
                ? $"meaningful encounters with every kind of provider ({string.Join(", ", ProviderGroups.Select(Name))}){Deadline()}"
                : $"meaningful encounters with {Count(minimumCount)} of {string.Join(", ", ProviderGroups.Select(Name))}{Deadline()}",
            RequirementKind.HigherEducationVisits =>
                $"{Count(minimumCount)} {Plural(minimumCount, "visit")} to higher education providers{Deadline()}",
            RequirementKind.GuidanceMeetings =>
                $"{Count(minimumCount)} personal guidance {Plural(minimumCount, "meeting")} with {(RequiresQualifiedAdviser ? "a qualified" : "a")} careers adviser{Deadline()}",
            RequirementKind.AdviceRecord => "a record of the advice given and the decisions agreed",
            _ => minimumCount == 1
                ? "destination data for the year after leaving"
                : $"destination data for each year since leaving, up to {Years(minimumCount)} years",
        };

    private static string Years(int count) =>
        count switch
        {
            2 => "two",
            3 => "three",
            _ => count.ToString(CultureInfo.InvariantCulture),
        };

    private string Deadline() =>
        ByEndOfProgramme ? " by the end of their programme"
        : DeadlineAge is { } age ? " by the age of " + age.ToString(CultureInfo.InvariantCulture)
        : string.Empty;

    private static string Count(int count) =>
        count switch
        {
            1 => "at least one",
            2 => "at least two",
            3 => "at least three",
            _ => "at least " + count.ToString(CultureInfo.InvariantCulture),
        };

    private static string Plural(int count, string noun) => count == 1 ? noun : noun + "s";

    private static string Name(ProviderGroup group) =>
        group switch
        {
            ProviderGroup.SixthForm => "a sixth form",
            ProviderGroup.FurtherEducationCollege => "a further education college",
            ProviderGroup.HigherEducation => "a higher education provider",
            _ => "an apprenticeship or training provider",
        };
}
