using System;

namespace Careers.Kpi;

/// <summary>
/// Where a figure is about, with the codes of the explore-education-statistics geography columns
/// (docs/articles/domain.md §8): country, then local authority (old three-digit and new nine-character codes), ward or
/// school. Immutable; equal when every code is equal.
/// </summary>
public sealed record Geography
{
    private Geography(GeographicLevel level)
    {
        Level = level;
    }

    /// <summary>England (<c>E92000001</c>).</summary>
    public static Geography England { get; } = new(GeographicLevel.National);

    /// <summary>Derby (old code 831, new code E06000015): the local authority of the strategy.</summary>
    public static Geography Derby { get; } = LocalAuthority("831", "E06000015", "Derby");

    /// <summary>The level.</summary>
    public GeographicLevel Level { get; private init; }

    /// <summary>The country code; <c>E92000001</c>.</summary>
    public string CountryCode { get; private init; } = "E92000001";

    /// <summary>The country name; <c>England</c>.</summary>
    public string CountryName { get; private init; } = "England";

    /// <summary>The local authority's old three-digit code, for example <c>831</c>; null at national level.</summary>
    public string? OldLaCode { get; private init; }

    /// <summary>The local authority's nine-character code, for example <c>E06000015</c>; null at national level.</summary>
    public string? NewLaCode { get; private init; }

    /// <summary>The local authority's name; null at national level.</summary>
    public string? LaName { get; private init; }

    /// <summary>The ward's code (ONS, <c>E05…</c>), at ward level.</summary>
    public string? WardCode { get; private init; }

    /// <summary>The ward's name, at ward level.</summary>
    public string? WardName { get; private init; }

    /// <summary>The school's URN, at school level.</summary>
    public string? SchoolUrn { get; private init; }

    /// <summary>The school's name, at school level.</summary>
    public string? SchoolName { get; private init; }

    /// <summary>The level as explore-education-statistics writes it: <c>National</c>, <c>Local authority</c>, <c>Ward</c>, <c>School</c>.</summary>
    public string LevelName =>
        Level switch
        {
            GeographicLevel.National => "National",
            GeographicLevel.LocalAuthority => "Local authority",
            GeographicLevel.Ward => "Ward",
            _ => "School",
        };

    /// <summary>A local authority in England.</summary>
    /// <param name="oldCode">The three-digit code, for example <c>831</c>.</param>
    /// <param name="newCode">The nine-character code, for example <c>E06000015</c>.</param>
    /// <param name="name">The name, for example <c>Derby</c>.</param>
    /// <returns>The geography.</returns>
    /// <exception cref="ArgumentException">A value is empty, or the old code is not three digits.</exception>
    public static Geography LocalAuthority(string oldCode, string newCode, string name)
    {
        Guard.NotEmpty(oldCode, nameof(oldCode));
        if (oldCode.Length != 3 || !IsDigits(oldCode))
        {
            throw new ArgumentException(
                $"An old LA code has three digits: '{oldCode}'.",
                nameof(oldCode)
            );
        }

        return new Geography(GeographicLevel.LocalAuthority)
        {
            OldLaCode = oldCode,
            NewLaCode = Guard.NotEmpty(newCode, nameof(newCode)),
            LaName = Guard.NotEmpty(name, nameof(name)),
        };
    }

    /// <summary>A ward within this local authority.</summary>
    /// <param name="code">The ward's code.</param>
    /// <param name="name">The ward's name.</param>
    /// <returns>The geography.</returns>
    /// <exception cref="InvalidOperationException">This geography is not a local authority.</exception>
    public Geography Ward(string code, string name) =>
        Within() with
        {
            Level = GeographicLevel.Ward,
            WardCode = Guard.NotEmpty(code, nameof(code)),
            WardName = Guard.NotEmpty(name, nameof(name)),
        };

    /// <summary>A school or college within this local authority.</summary>
    /// <param name="urn">The school's URN.</param>
    /// <param name="name">The school's name.</param>
    /// <returns>The geography.</returns>
    /// <exception cref="InvalidOperationException">This geography is not a local authority.</exception>
    public Geography School(Urn urn, string name) =>
        Within() with
        {
            Level = GeographicLevel.School,
            SchoolUrn = Guard.NotNull(urn, nameof(urn)).ToString(),
            SchoolName = Guard.NotEmpty(name, nameof(name)),
        };

    /// <summary>The most specific name: the school, ward, local authority or country.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => SchoolName ?? WardName ?? LaName ?? CountryName;

    private Geography Within() =>
        Level == GeographicLevel.LocalAuthority
            ? this
            : throw new InvalidOperationException(
                "Wards and schools sit within a local authority: call this on Geography.LocalAuthority(...)."
            );

    private static bool IsDigits(string text)
    {
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
