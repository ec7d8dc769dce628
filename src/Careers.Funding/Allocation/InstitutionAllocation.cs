using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Careers.Funding;

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
