namespace Careers.Kpi;

/// <summary>
/// The Government Statistical Service symbols a statistic shows in place of a number (docs/articles/domain.md §8).
/// Write them with <see cref="GssSymbols.Code"/>; read them, legacy symbols included, with <see cref="GssSymbols.TryParse"/>.
/// </summary>
public enum GssSymbol
{
    /// <summary><c>c</c>: confidential, suppressed to protect individuals.</summary>
    Suppressed = 0,

    /// <summary><c>x</c>: not available (data not collected or not supplied).</summary>
    NotAvailable = 1,

    /// <summary><c>z</c>: not applicable.</summary>
    NotApplicable = 2,

    /// <summary><c>low</c>: rounds to 0 but is not 0.</summary>
    Low = 3,

    /// <summary><c>u</c>: low reliability.</summary>
    LowReliability = 4,
}
