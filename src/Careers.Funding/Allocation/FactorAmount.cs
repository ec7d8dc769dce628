namespace Careers.Funding;

/// <summary>What one factor gave an institution.</summary>
/// <param name="FactorId">The factor's id.</param>
/// <param name="Label">The factor's label.</param>
/// <param name="Pence">
/// The amount in pence after the area cost adjustment, target shares and staged rounding, before the scaling factor
/// and protections.
/// </param>
public sealed record FactorAmount(string FactorId, string Label, decimal Pence);
