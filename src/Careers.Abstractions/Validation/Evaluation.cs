using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace Careers;

/// <summary>
/// The outcome of applying a rule set to data: a result, or every problem found in the data (code, JSON pointer,
/// message), never a partial answer. Every package's evaluations return one.
/// </summary>
/// <typeparam name="TResult">The type of result.</typeparam>
public sealed class Evaluation<TResult>
    where TResult : class
{
    private Evaluation(TResult? result, IReadOnlyList<ValidationError> problems)
    {
        Result = result;
        Problems = problems;
    }

    /// <summary>Whether the data was valid and a result was produced.</summary>
    [MemberNotNullWhen(true, nameof(Result))]
    public bool Success => Result is not null;

    /// <summary>The result, when the data was valid.</summary>
    public TResult? Result { get; }

    /// <summary>Every problem found; empty on success.</summary>
    public IReadOnlyList<ValidationError> Problems { get; }

    /// <summary>A successful evaluation.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The evaluation.</returns>
    public static Evaluation<TResult> Of(TResult result) =>
        new(
            result ?? throw new ArgumentNullException(nameof(result)),
            Array.Empty<ValidationError>()
        );

    /// <summary>A failed evaluation.</summary>
    /// <param name="problems">The problems; at least one.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentException">There are no problems.</exception>
    public static Evaluation<TResult> Of(IReadOnlyList<ValidationError> problems) =>
        Guard.NotNull(problems, nameof(problems)).Count > 0
            ? new(null, problems)
            : throw new ArgumentException(
                "A failed evaluation needs at least one problem.",
                nameof(problems)
            );

    /// <summary>The result.</summary>
    /// <returns>The result.</returns>
    /// <exception cref="InvalidOperationException">The data had problems; the message lists them.</exception>
    public TResult GetResultOrThrow() =>
        Result
        ?? throw new InvalidOperationException(
            "The data has problems, so there is no result:\n" + string.Join("\n", Problems)
        );
}
