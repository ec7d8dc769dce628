using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using NodaTime;

namespace Careers.Encounters.Streaming;

/// <summary>
/// The MIS export format that <see cref="EncounterCsv"/> reads: its columns, and the values each column accepts. The
/// vocabularies are made from the enums when the type is first used, so a new <see cref="ActivityKind"/> or
/// <see cref="MeaningfulEvidence"/> flag is accepted without a change here. Immutable, shared by every read.
/// </summary>
internal static class CsvFormat
{
    public const int LearnerId = 0;
    public const int InstitutionId = 1;
    public const int YearGroupColumn = 2;
    public const int ActivityId = 3;
    public const int ActivityDate = 4;
    public const int ActivityKindColumn = 5;
    public const int Evidence = 6;
    public const int Employers = 7;

    /// <summary>The columns, in the order of the header (and of the constants above).</summary>
    public static ReadOnlyCollection<string> Columns { get; } =
        Array.AsReadOnly([
            "learner_id",
            "institution_id",
            "year_group",
            "activity_id",
            "activity_date",
            "activity_kind",
            "evidence",
            "employers",
        ]);

    /// <summary>The header row.</summary>
    public static string Header { get; } = string.Join(",", Columns);

    /// <summary>Every <see cref="ActivityKind"/> by name, in any case, in the order of their values.</summary>
    public static Dictionary<string, ActivityKind> Kinds { get; } = Names<ActivityKind>();

    /// <summary>Every <see cref="MeaningfulEvidence"/> flag but <see cref="MeaningfulEvidence.None"/>, by name, in any case.</summary>
    public static Dictionary<string, MeaningfulEvidence> Flags { get; } =
        Names<MeaningfulEvidence>();

    /// <summary>The names of <see cref="Kinds"/>, in order.</summary>
    public static ReadOnlyCollection<string> KindNames { get; } = Array.AsReadOnly([.. Kinds.Keys]);

    /// <summary>The names of <see cref="Flags"/>, in order.</summary>
    public static ReadOnlyCollection<string> FlagNames { get; } = Array.AsReadOnly([.. Flags.Keys]);

    /// <summary>A problem's code for a column: <c>csv.activity-date</c> for <c>activity_date</c>.</summary>
    public static string Code(int column) => "csv." + Columns[column].Replace('_', '-');

    /// <summary>The year group's number (0 for Reception), from any text <see cref="YearGroup.Validate"/> accepts.</summary>
    public static int? YearGroupNumber(string text) =>
        YearGroup.Validate(text) is { Success: true } parsed ? parsed.Value.Number : null;

    /// <summary>The year group of a number from <see cref="YearGroupNumber"/>.</summary>
    public static YearGroup YearGroupOf(int number) =>
        number == 0 ? YearGroup.Reception : YearGroup.FromNumber(number);

    /// <summary>The kind with a name, as a number, for a block's cache.</summary>
    public static int? KindNumber(string text) =>
        Kinds.TryGetValue(text, out var kind) ? (int)kind : null;

    /// <summary>The flags of an evidence field, as a number, for a block's cache.</summary>
    public static int? EvidenceNumber(string text) =>
        TryEvidence(text, null, out var flags, out _) ? (int)flags : null;

    /// <summary>A date written <c>yyyy-MM-dd</c>, from year 1 (not checked against the supported range).</summary>
    public static bool TryDate(string text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10)
        {
            return false;
        }

        Span<byte> ascii = stackalloc byte[10];
        for (var i = 0; i < ascii.Length; i++)
        {
            if (text[i] > 0x7F)
            {
                return false;
            }

            ascii[i] = (byte)text[i];
        }

        return TryDate(ascii, out date);
    }

    /// <summary>A date written <c>yyyy-MM-dd</c> in ASCII, from year 1 (not checked against the supported range).</summary>
    public static bool TryDate(ReadOnlySpan<byte> text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        static int Digits(ReadOnlySpan<byte> text, int start, int length)
        {
            var value = 0;
            for (var i = start; i < start + length; i++)
            {
                var c = text[i];
                if (c is < (byte)'0' or > (byte)'9')
                {
                    return -1;
                }

                value = (value * 10) + (c - '0');
            }

            return value;
        }

        var (year, month, day) = (Digits(text, 0, 4), Digits(text, 5, 2), Digits(text, 8, 2));
        if (
            year < 1
            || month is < 1 or > 12
            || day < 1
            || day > CalendarSystem.Iso.GetDaysInMonth(year, month)
        )
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>
    /// The flags named in an evidence field (names separated by <c>|</c>, each trimmed; empty parts ignored), or the
    /// first name that is not a flag. Remembers up to 4,096 fields in <paramref name="cache"/>, when one is given.
    /// </summary>
    public static bool TryEvidence(
        string text,
        Dictionary<string, MeaningfulEvidence>? cache,
        out MeaningfulEvidence evidence,
        out string unknown
    )
    {
        unknown = string.Empty;
        if (cache is not null && cache.TryGetValue(text, out evidence))
        {
            return true;
        }

        evidence = MeaningfulEvidence.None;
        foreach (var part in text.Split('|'))
        {
            var name = part.Trim();
            if (name.Length == 0)
            {
                continue;
            }

            if (!Flags.TryGetValue(name, out var flag))
            {
                unknown = name;
                return false;
            }

            evidence |= flag;
        }

        // MIS exports repeat a handful of combinations: remember each once.
        if (cache is not null && cache.Count < 4096)
        {
            cache[text] = evidence;
        }

        return true;
    }

    /// <summary>A whole number of up to nine ASCII digits, which cannot overflow; the string path reads the rest.</summary>
    public static bool TryEmployers(ReadOnlySpan<byte> text, out int employers)
    {
        employers = 0;
        if (text.Length is 0 or > 9)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            employers = (employers * 10) + (c - '0');
        }

        return true;
    }

    /// <summary>Every defined value of an enum by name, in order of value; for flags, without the empty set (0).</summary>
    private static Dictionary<string, T> Names<T>()
        where T : struct, Enum
    {
        var names = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        var flags = typeof(T).IsDefined(typeof(FlagsAttribute), false);
#if NET
        var values = Enum.GetValues<T>();
#else
        var values = (T[])Enum.GetValues(typeof(T));
#endif
        foreach (var value in values)
        {
            if (flags && Convert.ToInt64(value, CultureInfo.InvariantCulture) == 0)
            {
                continue;
            }

            names[value.ToString()] = value;
        }

        return names;
    }
}
