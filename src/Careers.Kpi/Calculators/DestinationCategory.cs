namespace Careers.Kpi;

/// <summary>The destination categories of DfE's destination measures (docs/articles/domain.md §8).</summary>
public enum DestinationCategory
{
    /// <summary>Sustained education.</summary>
    Education = 0,

    /// <summary>A sustained apprenticeship.</summary>
    Apprenticeship = 1,

    /// <summary>Sustained employment.</summary>
    Employment = 2,

    /// <summary>Not sustained: an activity was recorded but none was sustained.</summary>
    NotSustained = 3,

    /// <summary>
    /// Activity not captured: no participation in education, an apprenticeship or employment, nor out-of-work benefits,
    /// at any point in the destination year (DfE, destination measures data guidance).
    /// </summary>
    ActivityNotCaptured = 4,
}
