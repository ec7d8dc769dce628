using System;
using System.Collections.Generic;

namespace Careers.CareersLog;

/// <summary>The model's own checks, the same as the schema's, so that a log built in code always writes a valid document.</summary>
internal static class LogGuard
{
    public static string Id(string? value, string name)
    {
        Guard.NotNull(value, name);
        return LogVocabulary.IsId(value!)
            ? value!
            : throw new ArgumentException(
                $"'{value}' is not a log id: 1 to 64 letters, digits, '.', '_', ':' or '-', starting with a letter or digit.",
                name
            );
    }

    public static string? OptionalId(string? value, string name) =>
        value is null ? null : Id(value, name);

    public static string Text(string? value, int maxLength, string name)
    {
        Guard.NotNull(value, name);
        var length = LogVocabulary.CodePoints(value!);
        return length is >= 1 && length <= maxLength
            ? value!
            : throw new ArgumentException(
                $"{name} must be 1 to {maxLength} characters long.",
                name
            );
    }

    public static string? OptionalText(string? value, int maxLength, string name) =>
        value is null ? null : Text(value, maxLength, name);

    public static int Range(int value, int min, int max, string name) =>
        value >= min && value <= max
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"{name} must be {min} to {max}.");

    public static int? OptionalRange(int? value, int min, int max, string name) =>
        value is null ? null : Range(value.Value, min, max, name);

    public static IReadOnlyList<string> Texts(
        IEnumerable<string>? values,
        int maxItems,
        int maxLength,
        string name
    )
    {
        var list = Items(values, maxItems, name);
        foreach (var value in list)
        {
            Text(value, maxLength, name);
        }

        return list;
    }

    public static IReadOnlyList<string> Codes(
        IEnumerable<string>? values,
        int maxItems,
        Func<string, bool> isValid,
        string what,
        string name
    )
    {
        var list = Items(values, maxItems, name);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in list)
        {
            if (!isValid(value))
            {
                throw new ArgumentException($"'{value}' is not {what}.", name);
            }

            if (!seen.Add(value))
            {
                throw new ArgumentException($"'{value}' is in {name} twice.", name);
            }
        }

        return list;
    }

    public static ValueList<T> Items<T>(IEnumerable<T>? values, int maxItems, string name)
    {
        var list = ValueList<T>.From(values, name);
        return list.Count <= maxItems
            ? list
            : throw new ArgumentException($"{name} holds at most {maxItems} items.", name);
    }

    public static MeaningfulEvidence Evidence(MeaningfulEvidence value, string name) =>
        (value & ~LogVocabulary.AllEvidence) == 0
            ? value
            : throw new ArgumentOutOfRangeException(
                name,
                value,
                "Not a defined combination of MeaningfulEvidence flags."
            );

    public static ActivityKind KindIn(
        ActivityKind kind,
        string name,
        params ActivityKind[] allowed
    ) =>
        Array.IndexOf(allowed, kind) >= 0
            ? kind
            : throw new ArgumentOutOfRangeException(
                name,
                kind,
                $"This entry takes one of {string.Join(", ", allowed)}."
            );
}
