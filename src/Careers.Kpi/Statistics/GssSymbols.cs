using System;

namespace Careers.Kpi;

/// <summary>The text of the <see cref="GssSymbol"/> values.</summary>
public static class GssSymbols
{
    /// <summary>The symbol's code as explore-education-statistics and the GSS guidance write it: <c>c</c>, <c>x</c>, <c>z</c>, <c>low</c>, <c>u</c>.</summary>
    /// <param name="symbol">The symbol.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The symbol is not defined.</exception>
    public static string Code(this GssSymbol symbol) =>
        symbol switch
        {
            GssSymbol.Suppressed => "c",
            GssSymbol.NotAvailable => "x",
            GssSymbol.NotApplicable => "z",
            GssSymbol.Low => "low",
            GssSymbol.LowReliability => "u",
            _ => throw new ArgumentOutOfRangeException(
                nameof(symbol),
                symbol,
                "Not a defined GssSymbol."
            ),
        };

    /// <summary>
    /// Reads a symbol: <c>c</c>, <c>x</c>, <c>z</c>, <c>low</c>, <c>u</c> (case-insensitive, white space around ignored), and the
    /// legacy <c>~</c> (read as <see cref="GssSymbol.Low"/>) and <c>:</c> (read as <see cref="GssSymbol.NotAvailable"/>).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="symbol">The symbol read.</param>
    /// <returns>Whether the text is a symbol.</returns>
    public static bool TryParse(string? text, out GssSymbol symbol)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "c":
                symbol = GssSymbol.Suppressed;
                return true;
            case "x":
            case ":":
                symbol = GssSymbol.NotAvailable;
                return true;
            case "z":
                symbol = GssSymbol.NotApplicable;
                return true;
            case "low":
            case "~":
                symbol = GssSymbol.Low;
                return true;
            case "u":
                symbol = GssSymbol.LowReliability;
                return true;
            default:
                symbol = default;
                return false;
        }
    }
}
