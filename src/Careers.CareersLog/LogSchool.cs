using System;
using System.Text.Json.Serialization;
using NodaTime;

namespace Careers.CareersLog;

/// <summary>A school the learner attended, by URN or LAESTAB or both, with the dates.</summary>
public sealed record LogSchool
{
    private readonly string? name;
    private readonly LocalDate? to;

    /// <summary>Creates a school attended; at least one of the two ids is required.</summary>
    /// <param name="urn">The school's Unique Reference Number.</param>
    /// <param name="laEstab">The LA and establishment number.</param>
    /// <param name="from">
    /// The first day there. The model takes any date; <see cref="CareersLogValidator"/> reports one outside the
    /// supported range (1 September 1900 to 31 August 9999) as <c>rule.date-range</c>.
    /// </param>
    /// <exception cref="ArgumentException">Both ids are null.</exception>
    [JsonConstructor]
    public LogSchool(Urn? urn, LaEstab? laEstab, LocalDate from)
    {
        if (urn is null && laEstab is null)
        {
            throw new ArgumentException("A school needs a URN or a LAESTAB.", nameof(urn));
        }

        Urn = urn;
        LaEstab = laEstab;
        From = from;
    }

    /// <summary>The school's Unique Reference Number, if known.</summary>
    public Urn? Urn { get; }

    /// <summary>The LA and establishment number, if known (the id of Common Transfer File headers).</summary>
    public LaEstab? LaEstab { get; }

    /// <summary>The school's name, if recorded.</summary>
    public string? Name
    {
        get => name;
        init => name = LogGuard.OptionalText(value, LogVocabulary.NameLength, nameof(Name));
    }

    /// <summary>The first day there.</summary>
    public LocalDate From { get; }

    /// <summary>
    /// The last day there; null while the learner is still there. Any date on or after <see cref="From"/>; one outside
    /// the supported range is <c>rule.date-range</c> to <see cref="CareersLogValidator"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set before <see cref="From"/>.</exception>
    public LocalDate? To
    {
        get => to;
        init =>
            to =
                value is null || value.Value >= From
                    ? value
                    : throw new ArgumentOutOfRangeException(
                        nameof(To),
                        value,
                        "A school's last day cannot be before its first."
                    );
    }

    /// <summary>Whether this is the same school: the same URN where both have one, else the same LAESTAB.</summary>
    /// <param name="other">The other school.</param>
    /// <returns>True when both name the same school.</returns>
    public bool IsSameSchoolAs(LogSchool other)
    {
        Guard.NotNull(other, nameof(other));
        return Urn is not null && other.Urn is not null
            ? Urn.Equals(other.Urn)
            : LaEstab is not null && LaEstab.Equals(other.LaEstab);
    }
}
