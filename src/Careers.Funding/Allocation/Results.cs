using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text;

namespace Careers.Funding;

/// <summary>A protection or cap of a <see cref="FundingFormula"/>.</summary>
public enum ProtectionKind
{
    /// <summary>The minimum per pupil raised the institution.</summary>
    MinimumPerPupil = 0,

    /// <summary>The floor per institution raised it.</summary>
    Floor = 1,

    /// <summary>The minimum funding guarantee against its baseline raised it.</summary>
    MinimumFundingGuarantee = 2,

    /// <summary>The cap per pupil lowered it.</summary>
    CapPerPupil = 3,

    /// <summary>The cap per institution lowered it.</summary>
    CapPerInstitution = 4,

    /// <summary>The cap on gains against its baseline lowered it.</summary>
    CapOnGains = 5,
}

/// <summary>What one factor gave an institution.</summary>
/// <param name="FactorId">The factor's id.</param>
/// <param name="Label">The factor's label.</param>
/// <param name="Pence">
/// The amount in pence after the area cost adjustment, target shares and staged rounding, before the scaling factor
/// and protections.
/// </param>
public sealed record FactorAmount(string FactorId, string Label, decimal Pence);

/// <summary>A protection or cap that bound an institution, and by how much it moved the amount.</summary>
/// <param name="Kind">Which protection or cap.</param>
/// <param name="LimitPence">The limit it set, in pence.</param>
/// <param name="EffectPence">The change it made to the scaled formula amount, in pence: positive for a protection, negative for a cap.</param>
public sealed record ProtectionEffect(ProtectionKind Kind, decimal LimitPence, decimal EffectPence);

/// <summary>What one institution receives, and why: the amount from each factor, the scaling, the protection or cap that bound, and the rounding.</summary>
public sealed class InstitutionAllocation
{
    private readonly IReadOnlyList<FundingFactor> formulaFactors;
    private readonly decimal[] amounts;
    private readonly int offset;
    private FactorAmount[]? factors;

    internal InstitutionAllocation(
        FundedInstitution institution,
        IReadOnlyList<FundingFactor> formulaFactors,
        decimal[] amounts,
        int offset,
        decimal formulaPence,
        decimal scalingFactor,
        ProtectionEffect? protection,
        decimal quotaPence,
        long pence
    )
    {
        Institution = institution;
        this.formulaFactors = formulaFactors;
        this.amounts = amounts;
        this.offset = offset;
        FormulaPence = formulaPence;
        ScaledPence = formulaPence * scalingFactor;
        Protection = protection;
        QuotaPence = quotaPence;
        Pence = pence;
    }

    /// <summary>The institution.</summary>
    public FundedInstitution Institution { get; }

    /// <summary>The institution's id.</summary>
    public string Id => Institution.Id;

    /// <summary>The amount from each factor of the formula, in its order.</summary>
    public IReadOnlyList<FactorAmount> Factors => factors ??= MakeFactors();

    /// <summary>The sum of the factor amounts, in pence.</summary>
    public decimal FormulaPence { get; }

    /// <summary>The formula amount times the allocation's scaling factor, in pence.</summary>
    public decimal ScaledPence { get; }

    /// <summary>The protection or cap that bound, if any.</summary>
    public ProtectionEffect? Protection { get; }

    /// <summary>The exact share before rounding to the penny: the scaled amount after protections and caps.</summary>
    public decimal QuotaPence { get; }

    /// <summary>The allocation in pence; within one penny of <see cref="QuotaPence"/>.</summary>
    public long Pence { get; }

    /// <summary>What rounding to the penny added (or took): <see cref="Pence"/> − <see cref="QuotaPence"/>, between −1 and 1.</summary>
    public decimal RoundingPence => Pence - QuotaPence;

    /// <summary>The allocation per pupil in pence; null when the institution has no pupils.</summary>
    public decimal? PerPupilPence =>
        Institution.TotalPupils > 0 ? (decimal)Pence / Institution.TotalPupils : null;

    /// <summary>The amount from one factor.</summary>
    /// <param name="factorId">The factor's id.</param>
    /// <returns>The amount in pence before scaling and protections; 0 when the formula has no such factor.</returns>
    public decimal FromFactor(string factorId)
    {
        for (var j = 0; j < formulaFactors.Count; j++)
        {
            if (string.Equals(formulaFactors[j].Id, factorId, StringComparison.Ordinal))
            {
                return amounts[offset + j];
            }
        }

        return 0m;
    }

    /// <summary>Explains the allocation in plain text: each factor, the scaling, the protection or cap, the rounding.</summary>
    /// <param name="scalingFactor">The allocation's scaling factor, for the text.</param>
    /// <returns>Several lines of text.</returns>
    public string Explain(decimal scalingFactor)
    {
        var text = new StringBuilder();
        var perPupil = PerPupilPence is decimal p
            ? ", " + Text.Pounds(p) + " per pupil"
            : string.Empty;
        text.Append(
            FormattableString.Invariant(
                $"{Institution.Name} ({Id}): {Text.Pounds(Pence)} for {Institution.TotalPupils} pupils{perPupil}\n"
            )
        );
        foreach (var factor in Factors.Where(f => f.Pence != 0m))
        {
            text.Append(
                FormattableString.Invariant($"  {factor.Label}: {Text.Pounds(factor.Pence)}\n")
            );
        }

        text.Append(
            FormattableString.Invariant(
                $"  Formula total: {Text.Pounds(FormulaPence)}; scaled × {scalingFactor:0.######} = {Text.Pounds(ScaledPence)}\n"
            )
        );
        if (Protection is { } protection)
        {
            var verb = protection.EffectPence >= 0 ? "raised" : "lowered";
            text.Append(
                FormattableString.Invariant(
                    $"  {Describe(protection.Kind)} {verb} it by {Text.Pounds(Math.Abs(protection.EffectPence))} to {Text.Pounds(protection.LimitPence)}\n"
                )
            );
        }

        text.Append(
            FormattableString.Invariant(
                $"  Rounded to the penny by largest remainder: {RoundingPence:+0.####;-0.####;0} p\n"
            )
        );
        return text.ToString();
    }

    private FactorAmount[] MakeFactors()
    {
        var made = new FactorAmount[formulaFactors.Count];
        for (var j = 0; j < made.Length; j++)
        {
            made[j] = new FactorAmount(
                formulaFactors[j].Id,
                formulaFactors[j].Label,
                amounts[offset + j]
            );
        }

        return made;
    }

    internal static string Describe(ProtectionKind kind) =>
        kind switch
        {
            ProtectionKind.MinimumPerPupil => "The minimum per pupil",
            ProtectionKind.Floor => "The floor",
            ProtectionKind.MinimumFundingGuarantee => "The minimum funding guarantee",
            ProtectionKind.CapPerPupil => "The cap per pupil",
            ProtectionKind.CapPerInstitution => "The cap per institution",
            _ => "The cap on gains",
        };
}

/// <summary>
/// The result of allocating a pot with a formula: what each institution receives and why, the scaling factor, the
/// totals, and the provenance (the formula's id and version and the as-at date). Immutable.
/// </summary>
public sealed class FundingAllocation
{
    private Dictionary<string, InstitutionAllocation>? byId;

    internal FundingAllocation(
        FundingFormula formula,
        Provenance provenance,
        long potPence,
        decimal scalingFactor,
        IReadOnlyList<InstitutionAllocation> institutions
    )
    {
        Formula = formula;
        Provenance = provenance;
        PotPence = potPence;
        ScalingFactor = scalingFactor;
        Institutions = institutions;
        AllocatedPence = institutions.Sum(i => i.Pence);
    }

    private Dictionary<string, InstitutionAllocation> ById =>
        byId ??= Institutions.ToDictionary(i => i.Id, StringComparer.Ordinal);

    /// <summary>The formula used.</summary>
    public FundingFormula Formula { get; }

    /// <summary>The formula's id and version, and the as-at date.</summary>
    public Provenance Provenance { get; }

    /// <summary>The pot in pence.</summary>
    public long PotPence { get; }

    /// <summary>The sum of the allocations in pence: the pot, to the penny, when the formula scales to the pot.</summary>
    public long AllocatedPence { get; }

    /// <summary>The pot not allocated, in pence: 0 when the formula scales to the pot.</summary>
    public long UnallocatedPence => PotPence - AllocatedPence;

    /// <summary>The one factor every formula amount was multiplied by (1 when the formula does not scale to the pot).</summary>
    public decimal ScalingFactor { get; }

    /// <summary>The allocations, in the order the institutions were given.</summary>
    public IReadOnlyList<InstitutionAllocation> Institutions { get; }

    /// <summary>The allocation of one institution.</summary>
    /// <param name="id">The institution's id.</param>
    /// <returns>Its allocation.</returns>
    /// <exception cref="KeyNotFoundException">No institution has that id.</exception>
    public InstitutionAllocation this[string id] =>
        ById.TryGetValue(Guard.NotNull(id, nameof(id)), out var a)
            ? a
            : throw new KeyNotFoundException(
                FormattableString.Invariant($"No institution {id} in this allocation.")
            );

    /// <summary>Looks up the allocation of one institution.</summary>
    /// <param name="id">The institution's id.</param>
    /// <param name="allocation">Its allocation, when found.</param>
    /// <returns>Whether it was found.</returns>
    public bool TryGet(string id, [NotNullWhen(true)] out InstitutionAllocation? allocation) =>
        ById.TryGetValue(Guard.NotNull(id, nameof(id)), out allocation);

    /// <summary>Explains the whole allocation: the totals, the scaling factor and every institution.</summary>
    /// <returns>Several lines of text.</returns>
    public string Explain()
    {
        var text = new StringBuilder();
        text.Append(FormattableString.Invariant($"{Formula.Name} ({Provenance})\n"));
        text.Append(
            FormattableString.Invariant(
                $"Pot {Text.Pounds(PotPence)}; allocated {Text.Pounds(AllocatedPence)} to {Institutions.Count} institutions; unallocated {Text.Pounds(UnallocatedPence)}; scaling factor {ScalingFactor:0.######}\n"
            )
        );
        foreach (var institution in Institutions)
        {
            text.Append(institution.Explain(ScalingFactor));
        }

        return text.ToString();
    }
}
