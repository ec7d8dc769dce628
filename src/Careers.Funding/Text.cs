using System;

namespace Careers.Funding;

/// <summary>Invariant money and number text for explanations and board papers.</summary>
internal static class Text
{
    /// <summary>Pence as pounds with two decimals and thousands separators: <c>£12,345.67</c>, <c>-£0.01</c>.</summary>
    public static string Pounds(long pence) => Pounds((decimal)pence);

    /// <summary>Unrounded pence as pounds rounded half away from zero to the penny.</summary>
    public static string Pounds(decimal pence)
    {
        var pounds = Math.Round(pence, 0, MidpointRounding.AwayFromZero) / 100m;
        return pounds < 0
            ? FormattableString.Invariant($"-£{-pounds:N2}")
            : FormattableString.Invariant($"£{pounds:N2}");
    }

    /// <summary>A fraction as a percentage with up to two decimals: 0.4 → <c>40%</c>.</summary>
    public static string Percent(decimal fraction) =>
        FormattableString.Invariant($"{fraction * 100m:0.##}%");
}
