using System;

namespace Careers;

/// <summary>Argument checks, compiled into every package (src/Shared) so each has one copy of them.</summary>
internal static class Guard
{
    public static string NotEmpty(string? value, string parameterName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(parameterName);
        }

        if (value.Trim().Length == 0)
        {
            throw new ArgumentException("Value cannot be empty or white space.", parameterName);
        }

        return value;
    }

    /// <summary>Optional text is either absent or has content: a blank string is a mistake, not "not recorded".</summary>
    public static string? NullOrNotBlank(string? value, string parameterName) =>
        value is null || value.Trim().Length > 0
            ? value
            : throw new ArgumentException(
                "Leave it null when not recorded; it cannot be blank.",
                parameterName
            );

    public static T NotNull<T>(T? value, string parameterName)
        where T : class => value ?? throw new ArgumentNullException(parameterName);

    public static T Defined<T>(T value, string parameterName)
        where T : struct, Enum =>
        Enum.IsDefined(typeof(T), value)
            ? value
            : throw new ArgumentOutOfRangeException(
                parameterName,
                value,
                $"Not a defined {typeof(T).Name}."
            );
}
