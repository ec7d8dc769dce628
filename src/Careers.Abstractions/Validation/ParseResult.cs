using System;
using System.Diagnostics.CodeAnalysis;

namespace Careers;

/// <summary>
/// The outcome of reading a value from text: either the value, or the <see cref="ValidationError"/> that says
/// exactly what is wrong with the text. <c>Parse</c> methods throw that error as a <see cref="FormatException"/>;
/// <c>TryParse</c> methods drop it; <c>Validate</c> methods return it.
/// </summary>
/// <typeparam name="T">The type of value read.</typeparam>
public readonly struct ParseResult<T>
    where T : notnull
{
    private readonly T? value;

    private ParseResult(T? value, ValidationError? error)
    {
        this.value = value;
        Error = error;
    }

    /// <summary>Whether the text held a valid value.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Error is null;

    /// <summary>The error, or <see langword="null"/> when <see cref="Success"/> is <see langword="true"/>.</summary>
    public ValidationError? Error { get; }

    /// <summary>The value read.</summary>
    /// <exception cref="FormatException">The text was not valid; the message is the error's message.</exception>
    public T Value => Success ? value! : throw new FormatException(Error.Message);

    /// <summary>Creates a successful result.</summary>
    /// <param name="value">The value read.</param>
    /// <returns>A successful result holding <paramref name="value"/>.</returns>
    public static ParseResult<T> ForValue(T value) =>
        new(value ?? throw new ArgumentNullException(nameof(value)), null);

    /// <summary>Creates a failed result.</summary>
    /// <param name="error">What is wrong with the text.</param>
    /// <returns>A failed result holding <paramref name="error"/>.</returns>
    public static ParseResult<T> ForError(ValidationError error) =>
        new(default, error ?? throw new ArgumentNullException(nameof(error)));

    /// <summary>Gets the value when the text was valid.</summary>
    /// <param name="result">The value, or the default of <typeparamref name="T"/> when the text was not valid.</param>
    /// <returns>Whether the text was valid.</returns>
    public bool TryGetValue([MaybeNullWhen(false)] out T result)
    {
        result = value;
        return Success;
    }
}
