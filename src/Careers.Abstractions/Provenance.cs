using System;
using NodaTime;

namespace Careers;

/// <summary>
/// Which rule set, in which version, produced a result, and as at which date: every result of the SDK carries one,
/// so that a stored result can always be explained later. Immutable.
/// </summary>
public sealed record Provenance
{
    /// <summary>Creates a provenance.</summary>
    /// <param name="ruleSetId">The id of the rule set, for example <c>gatsby.2024.schools</c>.</param>
    /// <param name="ruleSetVersion">The version of the rule set, for example <c>1.0</c>.</param>
    /// <param name="asAt">The date the result describes: any date (the evaluators only make results for dates in the supported range, 1 September 1900 to 31 August 9999).</param>
    /// <exception cref="ArgumentException">An id or version is empty.</exception>
    public Provenance(string ruleSetId, string ruleSetVersion, LocalDate asAt)
    {
        RuleSetId = Guard.NotEmpty(ruleSetId, nameof(ruleSetId));
        RuleSetVersion = Guard.NotEmpty(ruleSetVersion, nameof(ruleSetVersion));
        AsAt = asAt;
    }

    /// <summary>The id of the rule set.</summary>
    public string RuleSetId { get; }

    /// <summary>The version of the rule set.</summary>
    public string RuleSetVersion { get; }

    /// <summary>The date the result describes.</summary>
    public LocalDate AsAt { get; }

    /// <summary>Formats the provenance as <c>id@version as at yyyy-MM-dd</c>.</summary>
    /// <returns>The provenance on one line.</returns>
    public override string ToString() => $"{RuleSetId}@{RuleSetVersion} as at {AsAt:yyyy-MM-dd}";
}
