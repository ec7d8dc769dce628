using System;

namespace Careers;

/// <summary>
/// One problem found in data: a stable machine-readable <see cref="Code"/>, the <see cref="Path"/> of the offending
/// value as a JSON pointer (RFC 6901), and a message a person can act on. Every package reports data problems in
/// this shape; exceptions are kept for programming errors.
/// </summary>
public sealed class ValidationError : IEquatable<ValidationError>
{
    /// <summary>Creates a validation error.</summary>
    /// <param name="code">A stable, dotted, lower-case code such as <c>upn.check-letter</c>.</param>
    /// <param name="path">The JSON pointer of the offending value; empty for the whole document or value.</param>
    /// <param name="message">What is wrong, naming the value and what was expected.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="message"/> is empty.</exception>
    public ValidationError(string code, string path, string message)
    {
        Code = Guard.NotEmpty(code, nameof(code));
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Message = Guard.NotEmpty(message, nameof(message));
    }

    /// <summary>A stable, dotted, lower-case code such as <c>upn.check-letter</c>; safe to switch on.</summary>
    public string Code { get; }

    /// <summary>The JSON pointer (RFC 6901) of the offending value, for example <c>/entries/3/date</c>; empty for the whole value.</summary>
    public string Path { get; }

    /// <summary>What is wrong, naming the value and what was expected.</summary>
    public string Message { get; }

    /// <summary>Returns a copy of this error whose path is prefixed by <paramref name="parentPath"/>.</summary>
    /// <param name="parentPath">The JSON pointer of the value that contains the one this error is about.</param>
    /// <returns>The same error, located inside <paramref name="parentPath"/>.</returns>
    public ValidationError At(string parentPath) =>
        new(Code, (parentPath ?? string.Empty) + Path, Message);

    /// <inheritdoc />
    public bool Equals(ValidationError? other) =>
        other is not null
        && string.Equals(Code, other.Code, StringComparison.Ordinal)
        && string.Equals(Path, other.Path, StringComparison.Ordinal)
        && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ValidationError);

    /// <inheritdoc />
    public override int GetHashCode() =>
        unchecked(
            (StringComparer.Ordinal.GetHashCode(Code) * 397)
            ^ StringComparer.Ordinal.GetHashCode(Path)
        );

    /// <summary>Formats the error as <c>code at path: message</c>.</summary>
    /// <returns>The code, path and message on one line.</returns>
    public override string ToString() =>
        Path.Length == 0 ? $"{Code}: {Message}" : $"{Code} at {Path}: {Message}";
}
