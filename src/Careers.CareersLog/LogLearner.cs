using System;
using System.Text.Json.Serialization;
using NodaTime;

namespace Careers.CareersLog;

/// <summary>
/// Who a log is about: a UPN, or a pseudonymous id where a UPN is not shared (docs/articles/domain.md §1: the log
/// travels beside the Common Transfer File, keyed on the UPN).
/// </summary>
public sealed record LogLearner
{
    private readonly string? pseudonymousId;

    /// <summary>Creates the learner; at least one of the two ids is required.</summary>
    /// <param name="upn">The Unique Pupil Number.</param>
    /// <param name="pseudonymousId">An id that stands in for the UPN.</param>
    /// <exception cref="ArgumentException">Both are null, or the pseudonymous id is not a log id.</exception>
    [JsonConstructor]
    public LogLearner(Upn? upn, string? pseudonymousId)
    {
        if (upn is null && pseudonymousId is null)
        {
            throw new ArgumentException(
                "A log's learner needs a UPN or a pseudonymous id.",
                nameof(upn)
            );
        }

        Upn = upn;
        this.pseudonymousId = LogGuard.OptionalId(pseudonymousId, nameof(pseudonymousId));
    }

    /// <summary>The learner with a UPN.</summary>
    /// <param name="upn">The Unique Pupil Number.</param>
    /// <returns>The learner.</returns>
    public static LogLearner WithUpn(Upn upn) => new(Guard.NotNull(upn, nameof(upn)), null);

    /// <summary>The learner known by a pseudonymous id.</summary>
    /// <param name="id">The id, 1 to 64 letters, digits, '.', '_', ':' or '-'.</param>
    /// <returns>The learner.</returns>
    public static LogLearner Pseudonymous(string id) => new(null, Guard.NotNull(id, nameof(id)));

    /// <summary>The Unique Pupil Number, if shared.</summary>
    public Upn? Upn { get; }

    /// <summary>The pseudonymous id, if any.</summary>
    public string? PseudonymousId => pseudonymousId;

    /// <summary>
    /// The date of birth, if recorded; the Common Transfer File carries it too, for matching. Any date; one outside the
    /// supported range (1 September 1900 to 31 August 9999) is <c>rule.date-range</c> to <see cref="CareersLogValidator"/>.
    /// </summary>
    public LocalDate? DateOfBirth { get; init; }

    /// <summary>Whether two learners are the same child: the same UPN where both have one, else the same pseudonymous id.</summary>
    /// <param name="other">The other learner.</param>
    /// <returns>True when they are the same child.</returns>
    public bool IsSameLearnerAs(LogLearner other)
    {
        Guard.NotNull(other, nameof(other));
        return Upn is not null && other.Upn is not null
            ? Upn.Equals(other.Upn)
            : pseudonymousId is not null
                && string.Equals(pseudonymousId, other.pseudonymousId, StringComparison.Ordinal);
    }
}
