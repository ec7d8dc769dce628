using System;
using System.Collections.Generic;
using System.Linq;

namespace Careers.Funding;

/// <summary>The data checks on one institution; each problem names the institution, the value and the factor that uses it.</summary>
internal static class InstitutionChecks
{
    public static void Check(
        FundingFormula formula,
        FundedInstitution institution,
        int index,
        List<ValidationError> problems
    )
    {
        void Add(string code, string at, string message) =>
            problems.Add(
                new ValidationError(
                    code,
                    FormattableString.Invariant($"/institutions/{index}{at}"),
                    FormattableString.Invariant(
                        $"Institution {institution.Id} ({institution.Name}): {message}"
                    )
                )
            );

        string Users(Func<FundingFactor, bool> uses, string? protection = null)
        {
            var names = formula.Factors.Where(uses).Select(f => "factor " + f.Id).ToList();
            if (protection is not null)
            {
                names.Add(protection);
            }

            return names.Count == 0
                ? "no factor of this formula uses it"
                : "used by " + string.Join(", ", names);
        }

        var total = 0;
        foreach (var pair in institution.Pupils)
        {
            if (pair.Value < 0)
            {
                Add(
                    "funding.institution.negative-count",
                    "/pupils/" + pair.Key,
                    FormattableString.Invariant(
                        $"{pair.Key} pupils is {pair.Value}; a count cannot be negative ({Users(f => f.Phase == pair.Key, formula.MinimumPerPupilPence.Count > 0 || formula.CapPerPupilPence is not null ? "the per-pupil protections" : null)})."
                    )
                );
            }
        }

        foreach (var pair in institution.Pupils)
        {
            total += Math.Max(pair.Value, 0);
        }

        foreach (var pair in institution.EligiblePupils)
        {
            if (pair.Value < 0)
            {
                Add(
                    "funding.institution.negative-count",
                    "/eligiblePupils/" + pair.Key,
                    FormattableString.Invariant(
                        $"{pair.Key} pupils is {pair.Value}; a count cannot be negative ({Users(f => f.Characteristic == pair.Key)})."
                    )
                );
            }
            else if (pair.Value > total)
            {
                Add(
                    "funding.institution.eligible-exceeds-pupils",
                    "/eligiblePupils/" + pair.Key,
                    FormattableString.Invariant(
                        $"{pair.Value} {pair.Key} pupils is more than the {total} pupils on roll ({Users(f => f.Characteristic == pair.Key)})."
                    )
                );
            }
        }

        var banded = 0;
        foreach (var pair in institution.IdaciPupils)
        {
            banded += Math.Max(pair.Value, 0);
            if (pair.Value < 0)
            {
                Add(
                    "funding.institution.negative-count",
                    "/idaciPupils/" + pair.Key,
                    FormattableString.Invariant(
                        $"pupils in IDACI band {pair.Key} is {pair.Value}; a count cannot be negative ({Users(f => f.Kind == FundingFactorKind.IdaciBanded)})."
                    )
                );
            }
        }

        if (banded > total)
        {
            Add(
                "funding.institution.eligible-exceeds-pupils",
                "/idaciPupils",
                FormattableString.Invariant(
                    $"the pupils in IDACI bands are more than the {total} pupils on roll ({Users(f => f.Kind == FundingFactorKind.IdaciBanded)})."
                )
            );
        }

        if (institution.BenchmarksNotAchieved is < 0 or > 8)
        {
            Add(
                "funding.institution.out-of-range",
                "/benchmarksNotAchieved",
                FormattableString.Invariant(
                    $"benchmarks not achieved is {institution.BenchmarksNotAchieved}; it is 0 to 8 ({Users(f => f.Gap == NeedGap.BenchmarksNotAchieved)})."
                )
            );
        }

        if (institution.LearnersBelowEntitlement < 0)
        {
            Add(
                "funding.institution.negative-count",
                "/learnersBelowEntitlement",
                FormattableString.Invariant(
                    $"learners below the entitlement is {institution.LearnersBelowEntitlement}; a count cannot be negative ({Users(f => f.Gap == NeedGap.LearnersBelowEntitlement)})."
                )
            );
        }

        if (institution.DeprivationDecile is int decile and (< 1 or > 10))
        {
            Add(
                "funding.institution.out-of-range",
                "/deprivationDecile",
                FormattableString.Invariant(
                    $"deprivation decile is {decile}; it is 1 (most deprived) to 10 ({Users(f => f.Kind == FundingFactorKind.DeprivationDecileBanded)})."
                )
            );
        }

        if (institution.SparsityDistanceMiles is decimal distance && distance < 0m)
        {
            Add(
                "funding.institution.out-of-range",
                "/sparsityDistanceMiles",
                FormattableString.Invariant(
                    $"sparsity distance is {distance} miles; it cannot be negative ({Users(f => f.Kind == FundingFactorKind.Taper)})."
                )
            );
        }

        if (institution.AverageYearGroupSize is decimal size && size < 0m)
        {
            Add(
                "funding.institution.out-of-range",
                "/averageYearGroupSize",
                FormattableString.Invariant(
                    $"average year-group size is {size}; it cannot be negative ({Users(f => f.Kind == FundingFactorKind.Taper)})."
                )
            );
        }

        if (institution.AreaCostAdjustment <= 0m)
        {
            Add(
                "funding.institution.out-of-range",
                "/areaCostAdjustment",
                FormattableString.Invariant(
                    $"area cost adjustment is {institution.AreaCostAdjustment}; it is above 0 ({Users(f => f.AreaCostAdjusted)})."
                )
            );
        }

        if (institution.BaselinePence is long baseline && baseline < 0)
        {
            Add(
                "funding.institution.out-of-range",
                "/baselinePence",
                FormattableString.Invariant(
                    $"baseline is {Text.Pounds(baseline)}; it cannot be negative (used by the minimum funding guarantee and the cap on gains)."
                )
            );
        }

        if (institution.BaselinePupils is int pupils && pupils <= 0)
        {
            Add(
                "funding.institution.out-of-range",
                "/baselinePupils",
                FormattableString.Invariant(
                    $"baseline pupils is {pupils}; it is above 0, or null for a guarantee on the total (used by the minimum funding guarantee and the cap on gains)."
                )
            );
        }
    }
}
