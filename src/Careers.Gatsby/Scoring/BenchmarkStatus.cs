namespace Careers.Gatsby;

/// <summary>A benchmark's status, as Compass reports it.</summary>
public enum BenchmarkStatus
{
    /// <summary>No criterion met.</summary>
    NotStarted = 0,

    /// <summary>Some criteria met, not all.</summary>
    InProgress = 1,

    /// <summary>Every applicable criterion met: the benchmark is fully achieved.</summary>
    Achieved = 2,

    /// <summary>No criterion applies (for example, no learners in scope of its only criterion).</summary>
    NotApplicable = 3,
}
