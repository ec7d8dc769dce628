using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace Careers.Gatsby;

/// <summary>
/// The outcome of scoring: a <see cref="GatsbyResult"/>, or every problem found in the input (code, JSON pointer,
/// message). Bad input never yields a score: unknown criteria, answers for another edition, activities after the
/// as-at date, learners with no year group, duplicate ids are all reported together.
/// </summary>
public sealed class GatsbyEvaluation
{
    private GatsbyEvaluation(GatsbyResult? result, IReadOnlyList<ValidationError> problems)
    {
        Result = result;
        Problems = problems;
    }

    /// <summary>Whether the input was valid and a result was produced.</summary>
    [MemberNotNullWhen(true, nameof(Result))]
    public bool Success => Result is not null;

    /// <summary>The result, when the input was valid.</summary>
    public GatsbyResult? Result { get; }

    /// <summary>Every problem found in the input; empty on success.</summary>
    public IReadOnlyList<ValidationError> Problems { get; }

    /// <summary>The result.</summary>
    /// <returns>The result.</returns>
    /// <exception cref="InvalidOperationException">The input had problems; the message lists them.</exception>
    public GatsbyResult GetResultOrThrow() =>
        Result
        ?? throw new InvalidOperationException(
            "The input has problems, so there is no score:\n" + string.Join("\n", Problems)
        );

    internal static GatsbyEvaluation Of(GatsbyResult result) =>
        new(result, Array.Empty<ValidationError>());

    internal static GatsbyEvaluation Of(IReadOnlyList<ValidationError> problems) =>
        new(null, problems);
}
