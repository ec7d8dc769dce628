using System.Collections.Generic;
using System.Linq;

namespace Careers.Funding;

/// <summary>
/// One school or college as a funding formula sees it: its pupils by phase, its eligible pupils by characteristic,
/// its pupils by IDACI band, its gaps against the careers entitlement, its sparsity and its baseline. Immutable.
/// The values are data: a negative count or a missing id is reported by the allocation as a
/// <see cref="ValidationError"/> that names the institution and the value, not thrown here.
/// </summary>
public sealed record FundedInstitution
{
    private readonly IReadOnlyDictionary<PupilPhase, int> pupils = Empty<PupilPhase>();
    private readonly IReadOnlyDictionary<PupilCharacteristic, int> eligible =
        Empty<PupilCharacteristic>();
    private readonly IReadOnlyDictionary<IdaciBand, int> idaci = Empty<IdaciBand>();
    private readonly int totalPupils;

    /// <summary>Creates an institution.</summary>
    /// <param name="id">A stable id, unique in an allocation (a URN, UKPRN or local code); ties are broken on it.</param>
    /// <param name="name">The name shown in explanations.</param>
    /// <param name="type">The type of institution, for factors paid by type.</param>
    /// <exception cref="System.ArgumentException"><paramref name="id"/> or <paramref name="name"/> is empty.</exception>
    public FundedInstitution(
        string id,
        string name,
        InstitutionType type = InstitutionType.Secondary
    )
    {
        Id = Guard.NotEmpty(id, nameof(id));
        Name = Guard.NotEmpty(name, nameof(name));
        Type = type;
    }

    /// <summary>The institution's id, unique in an allocation.</summary>
    public string Id { get; }

    /// <summary>The institution's name.</summary>
    public string Name { get; }

    /// <summary>The type of institution.</summary>
    public InstitutionType Type { get; }

    /// <summary>Pupils on roll by phase or key stage; a phase left out has none.</summary>
    /// <exception cref="System.ArgumentNullException">Set to null.</exception>
    public IReadOnlyDictionary<PupilPhase, int> Pupils
    {
        get => pupils;
        init
        {
            pupils = Copy(value, nameof(Pupils));
            totalPupils = pupils.Values.Sum();
        }
    }

    /// <summary>Pupils eligible for each characteristic; a characteristic left out has none.</summary>
    /// <exception cref="System.ArgumentNullException">Set to null.</exception>
    public IReadOnlyDictionary<PupilCharacteristic, int> EligiblePupils
    {
        get => eligible;
        init => eligible = Copy(value, nameof(EligiblePupils));
    }

    /// <summary>Pupils living in each IDACI band (A most deprived); pupils in no band are left out.</summary>
    /// <exception cref="System.ArgumentNullException">Set to null.</exception>
    public IReadOnlyDictionary<IdaciBand, int> IdaciPupils
    {
        get => idaci;
        init => idaci = Copy(value, nameof(IdaciPupils));
    }

    /// <summary>The deprivation decile of the institution's area, 1 the most deprived to 10 the least; null if not known.</summary>
    public int? DeprivationDecile { get; init; }

    /// <summary>The number of Gatsby benchmarks not yet fully achieved (0–8), for need-by-gap factors.</summary>
    public int BenchmarksNotAchieved { get; init; }

    /// <summary>The number of learners not yet meeting the encounter entitlement, for need-by-gap factors.</summary>
    public int LearnersBelowEntitlement { get; init; }

    /// <summary>The distance in miles used by sparsity tapers (the NFF measures it to the second-nearest school); null if not known.</summary>
    public decimal? SparsityDistanceMiles { get; init; }

    /// <summary>The average year-group size used by sparsity tapers; null if not known.</summary>
    public decimal? AverageYearGroupSize { get; init; }

    /// <summary>The area cost adjustment multiplier for the institution's area; default 1.</summary>
    public decimal AreaCostAdjustment { get; init; } = 1m;

    /// <summary>Last period's allocation in pence, for the minimum funding guarantee and the cap on gains; null for a new institution.</summary>
    public long? BaselinePence { get; init; }

    /// <summary>
    /// The pupils the baseline paid for; when given, the guarantee and the cap on gains are per pupil (baseline per
    /// pupil × this period's pupils), as the NFF's are; when null they are on the total.
    /// </summary>
    public int? BaselinePupils { get; init; }

    /// <summary>The pupils on roll: the sum of <see cref="Pupils"/>.</summary>
    public int TotalPupils => totalPupils;

    /// <summary>The pupils in a phase.</summary>
    /// <param name="phase">The phase.</param>
    /// <returns>The count, 0 when not given.</returns>
    public int PupilsIn(PupilPhase phase) => pupils.TryGetValue(phase, out var n) ? n : 0;

    /// <summary>The pupils with a characteristic.</summary>
    /// <param name="characteristic">The characteristic.</param>
    /// <returns>The count, 0 when not given.</returns>
    public int EligibleFor(PupilCharacteristic characteristic) =>
        eligible.TryGetValue(characteristic, out var n) ? n : 0;

    /// <summary>The pupils in an IDACI band.</summary>
    /// <param name="band">The band.</param>
    /// <returns>The count, 0 when not given.</returns>
    public int PupilsInBand(IdaciBand band) => idaci.TryGetValue(band, out var n) ? n : 0;

    /// <summary>The count for a gap.</summary>
    /// <param name="gap">The gap.</param>
    /// <returns>The count.</returns>
    public int GapCount(NeedGap gap) =>
        gap == NeedGap.BenchmarksNotAchieved ? BenchmarksNotAchieved : LearnersBelowEntitlement;

    /// <inheritdoc />
    public bool Equals(FundedInstitution? other) =>
        other is not null
        && Id == other.Id
        && Name == other.Name
        && Type == other.Type
        && SameCounts(pupils, other.pupils)
        && SameCounts(eligible, other.eligible)
        && SameCounts(idaci, other.idaci)
        && DeprivationDecile == other.DeprivationDecile
        && BenchmarksNotAchieved == other.BenchmarksNotAchieved
        && LearnersBelowEntitlement == other.LearnersBelowEntitlement
        && SparsityDistanceMiles == other.SparsityDistanceMiles
        && AverageYearGroupSize == other.AverageYearGroupSize
        && AreaCostAdjustment == other.AreaCostAdjustment
        && BaselinePence == other.BaselinePence
        && BaselinePupils == other.BaselinePupils;

    /// <inheritdoc />
    public override int GetHashCode() => System.StringComparer.Ordinal.GetHashCode(Id);

    private static bool SameCounts<T>(IReadOnlyDictionary<T, int> a, IReadOnlyDictionary<T, int> b)
        where T : struct =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var n) && n == p.Value);

    private static IReadOnlyDictionary<T, int> Empty<T>()
        where T : struct => new Dictionary<T, int>();

    private static IReadOnlyDictionary<T, int> Copy<T>(
        IReadOnlyDictionary<T, int>? value,
        string name
    )
        where T : struct => Guard.NotNull(value, name).ToDictionary(p => p.Key, p => p.Value);
}
