using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Careers.Funding.Tests;

/// <summary>
/// Issue 16: an allocation's only date is its as-at date; outside the supported range it is a problem, never an
/// exception, and institutions with ids of any length and content are allocated or reported.
/// </summary>
public class HostileInputTests
{
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(1899, 12, 31)]
    [InlineData(9999, 9, 1)]
    public void AsAtOutsideTheRange_IsAProblem(int y, int m, int d)
    {
        var allocation = new FundingEvaluator(
            Fixtures.Simple().Build().GetResultOrThrow()
        ).Allocate(Fixtures.FiveSchools(), 10_000_00, new LocalDate(y, m, d));

        Assert.Equal(
            ("as-at.range", "/asAt"),
            (Assert.Single(allocation.Problems).Code, allocation.Problems[0].Path)
        );
    }

    [Fact]
    public void AsAtAtTheEdgesOfTheRange_IsAllocated()
    {
        var formula = Fixtures.Simple().ScaleToPot().Build().GetResultOrThrow();

        Assert.True(
            formula.Allocate(Fixtures.FiveSchools(), 10_000_00, AcademicYear.MinDate).Success
        );
        Assert.True(
            formula.Allocate(Fixtures.FiveSchools(), 10_000_00, AcademicYear.MaxDate).Success
        );
    }

    private static Gen<FundedInstitution[]> Institutions { get; } =
        from count in Gen.Choose(0, 8)
        from ids in Gen.ArrayOf(HostileData.Id, count)
        from names in Gen.ArrayOf(HostileData.Id, count)
        from pupils in Gen.ArrayOf(Gen.Choose(-5, 600), count)
        from disadvantaged in Gen.ArrayOf(Gen.Choose(-5, 300), count)
        select ids.Select(
                (id, i) =>
                    new FundedInstitution(id, names[i])
                    {
                        Pupils = new Dictionary<PupilPhase, int>
                        {
                            [PupilPhase.KeyStage3] = pupils[i],
                        },
                        EligiblePupils = new Dictionary<PupilCharacteristic, int>
                        {
                            [PupilCharacteristic.Disadvantaged] = disadvantaged[i],
                        },
                    }
            )
            .ToArray();

    [Property(MaxTest = 200)]
    public Property Allocate_AnswersAnyAsAtAndIds_WithAnAllocationOrProblems() =>
        Prop.ForAll(
            Institutions.ToArbitrary(),
            HostileData.AsAt.ToArbitrary(),
            Gen.Frequency(
                    (5, Gen.Choose(0, 1_000_000).Select(p => (long)p * 100)),
                    (1, Gen.Elements(-1L, 0L, long.MaxValue / 4))
                )
                .ToArbitrary(),
            (institutions, asAt, pot) =>
            {
                var formula = Fixtures.Simple().ScaleToPot().Build().GetResultOrThrow();
                var allocation = new FundingEvaluator(formula).Allocate(institutions, pot, asAt);
                HostileData.Reports(
                    allocation,
                    HostileData.Supported(asAt) ? [] : [("as-at.range", "/asAt")]
                );
                if (allocation.Success)
                {
                    Assert.Equal(pot, allocation.Result.Institutions.Sum(i => i.Pence));
                    _ = FundingScenario.Compare(allocation.Result, allocation.Result);
                }

                return true;
            }
        );
}
