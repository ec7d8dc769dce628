using System.Collections.Generic;
using System.Linq;

namespace Careers.Encounters;

/// <summary>
/// What a school declares about its provider access policy statement. The school must publish a statement setting
/// out how providers can get access to pupils: the procedure for a provider to ask for access, the grounds for
/// granting and refusing requests, the premises and facilities provided, the times of access, and (since the Skills
/// and Post-16 Education Act 2022) how the school proposes to meet the duties of subsections (1A) and (2A). Source:
/// Education Act 1997 s.42B(5); DfE, "Careers guidance and access for education and training providers" (January 2023)
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

    /// <summary>
    /// It sets out how the school proposes to meet its duties to give providers access to pupils in each key phase
    /// (s.42B(5)(d), added by the Skills and Post-16 Education Act 2022).
    /// </summary>
    public bool HowDutiesAreMet { get; init; }

    /// <summary>The checklist: each item the statement must contain and whether it does.</summary>
    /// <returns>Six items, in the order of s.42B(5) and the guidance.</returns>
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
            new StatementItem(
                "duties",
                "It sets out how the school proposes to meet the duties of s.42B(1A) and (2A): the encounters in each key phase.",
                HowDutiesAreMet
            ),
        };

    /// <summary>Whether every item is met.</summary>
    public bool IsComplete => Check().All(i => i.Met);

    /// <summary>
    /// The verdict on the statement for an institution: not in scope for one outside the duty (an independent school,
    /// a college: <see cref="ProviderAccessScope.For"/>), else complete or incomplete.
    /// </summary>
    /// <param name="institution">The institution that declared the statement.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="institution"/> is null.</exception>
    public StatementVerdict Assess(Institution institution) =>
        !ProviderAccessScope.For(institution).InScope ? StatementVerdict.NotInScope
        : IsComplete ? StatementVerdict.Complete
        : StatementVerdict.Incomplete;
}
