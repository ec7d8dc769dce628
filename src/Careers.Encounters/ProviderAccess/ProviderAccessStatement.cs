using System.Collections.Generic;
using System.Linq;

namespace Careers.Encounters;

/// <summary>One item of the provider access policy statement checklist.</summary>
/// <param name="Item">A short name for the item.</param>
/// <param name="Requirement">What the statement must contain.</param>
/// <param name="Met">Whether the declared statement contains it.</param>
public sealed record StatementItem(string Item, string Requirement, bool Met);

/// <summary>
/// What a school declares about its provider access policy statement. The school must publish a statement setting
/// out how providers can get access to pupils: the procedure for a provider to ask for access, the grounds for
/// granting and refusing requests, the premises and facilities provided, and the times of access. Source: Education Act
/// 1997 s.42B; DfE, "Careers guidance and access for education and training providers" (January 2023)
/// (docs/articles/domain.md §6).
/// </summary>
public sealed record ProviderAccessStatement
{
    /// <summary>The statement is published (on the school's website).</summary>
    public bool Published { get; init; }

    /// <summary>It sets out the procedure a provider follows to ask for access.</summary>
    public bool RequestProcedure { get; init; }

    /// <summary>It sets out the grounds for granting and refusing requests.</summary>
    public bool GroundsForGrantingAndRefusing { get; init; }

    /// <summary>It sets out the premises and facilities the school provides.</summary>
    public bool PremisesAndFacilities { get; init; }

    /// <summary>It sets out the times of access: the opportunities in each key phase.</summary>
    public bool TimesOfAccess { get; init; }

    /// <summary>The checklist: each item the statement must contain and whether it does.</summary>
    /// <returns>Five items, in the order the guidance gives them.</returns>
    public IReadOnlyList<StatementItem> Check() =>
        new[]
        {
            new StatementItem(
                "published",
                "The provider access policy statement is published.",
                Published
            ),
            new StatementItem(
                "request-procedure",
                "It sets out the procedure for a provider to request access.",
                RequestProcedure
            ),
            new StatementItem(
                "grounds",
                "It sets out the grounds for granting and refusing requests.",
                GroundsForGrantingAndRefusing
            ),
            new StatementItem(
                "premises",
                "It sets out the premises and facilities to be provided.",
                PremisesAndFacilities
            ),
            new StatementItem(
                "times",
                "It sets out the times of access: the opportunities in each key phase.",
                TimesOfAccess
            ),
        };

    /// <summary>Whether every item is met.</summary>
    public bool IsComplete => Check().All(i => i.Met);
}
