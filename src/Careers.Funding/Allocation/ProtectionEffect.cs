namespace Careers.Funding;

/// <summary>A protection or cap that bound an institution, and by how much it moved the amount.</summary>
/// <param name="Kind">Which protection or cap.</param>
/// <param name="LimitPence">The limit it set, in pence.</param>
/// <param name="EffectPence">The change it made to the scaled formula amount, in pence: positive for a protection, negative for a cap.</param>
public sealed record ProtectionEffect(ProtectionKind Kind, decimal LimitPence, decimal EffectPence);
