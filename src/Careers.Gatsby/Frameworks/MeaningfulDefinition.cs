using System;

namespace Careers.Gatsby;

/// <summary>
/// Which <see cref="MeaningfulEvidence"/> an activity needs to count as meaningful, per kind of activity, in one
/// edition of the benchmarks (docs/articles/domain.md §4). An activity counts for a benchmark only if the evidence recorded for the
/// learner in it (<see cref="Participation.EvidenceIn"/>) includes every required flag. Immutable.
/// </summary>
public sealed class MeaningfulDefinition
{
    internal MeaningfulDefinition(
        MeaningfulEvidence employerEncounter,
        MeaningfulEvidence workplaceExperience,
        MeaningfulEvidence providerEncounter,
        string source
    )
    {
        EmployerEncounter = employerEncounter;
        WorkplaceExperience = workplaceExperience;
        ProviderEncounter = providerEncounter;
        Source = source;
    }

    /// <summary>The evidence a meaningful employer encounter needs (Benchmark 5).</summary>
    public MeaningfulEvidence EmployerEncounter { get; }

    /// <summary>The evidence a meaningful experience of a workplace needs (Benchmark 6).</summary>
    public MeaningfulEvidence WorkplaceExperience { get; }

    /// <summary>The evidence a meaningful encounter with a provider needs (Benchmark 7).</summary>
    public MeaningfulEvidence ProviderEncounter { get; }

    /// <summary>Where the definition comes from.</summary>
    public string Source { get; }

    /// <summary>The evidence an activity of a category needs; <see cref="MeaningfulEvidence.None"/> where the edition sets no test.</summary>
    /// <param name="category">The category of the activity.</param>
    /// <returns>The required flags.</returns>
    public MeaningfulEvidence RequiredFor(ActivityCategory category) =>
        category switch
        {
            ActivityCategory.EmployerEncounter or ActivityCategory.PartTimeWork =>
                EmployerEncounter,
            ActivityCategory.WorkplaceExperience => WorkplaceExperience,
            ActivityCategory.ProviderEncounter => ProviderEncounter,
            _ => MeaningfulEvidence.None,
        };

    /// <summary>Whether evidence meets the definition for a category of activity.</summary>
    /// <param name="category">The category the activity is counted as.</param>
    /// <param name="evidence">The evidence recorded for the learner in the activity.</param>
    /// <returns><see langword="true"/> when every required flag is present.</returns>
    public bool IsMeaningful(ActivityCategory category, MeaningfulEvidence evidence)
    {
        var required = RequiredFor(category);
        return (evidence & required) == required;
    }
}
