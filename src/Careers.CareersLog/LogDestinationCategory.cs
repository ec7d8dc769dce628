namespace Careers.CareersLog;

/// <summary>
/// The kind of a destination recorded in a careers log, close to the categories of DfE destination measures
/// (docs/articles/domain.md §8). Named apart from <c>Careers.Kpi.DestinationCategory</c>, which classifies sustained
/// destinations for the KPIs, so that code using both namespaces reads without ambiguity.
/// </summary>
public enum LogDestinationCategory
{
    /// <summary>Education: school sixth form, college, university.</summary>
    Education = 0,

    /// <summary>An apprenticeship.</summary>
    Apprenticeship = 1,

    /// <summary>Employment.</summary>
    Employment = 2,

    /// <summary>Not in education, employment or training.</summary>
    NotInEducationEmploymentOrTraining = 3,

    /// <summary>Something else.</summary>
    Other = 4,

    /// <summary>Not decided yet (an intention).</summary>
    Undecided = 5,
}
