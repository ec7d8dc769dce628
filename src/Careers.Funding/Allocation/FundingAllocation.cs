using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text;

namespace Careers.Funding;

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
