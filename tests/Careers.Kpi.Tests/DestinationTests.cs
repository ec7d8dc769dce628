using System;
using System.Collections.Generic;
using System.Linq;
using static Careers.Kpi.MonthlyActivity;

namespace Careers.Kpi.Tests;

public class DestinationTests
{
    // August, September, then October to March (the first two terms), then April to July.
    private static MonthlyActivity[] Year(
        MonthlyActivity augSep,
        MonthlyActivity[] octToMar,
        MonthlyActivity aprToJul
    ) => [augSep, augSep, .. octToMar, aprToJul, aprToJul, aprToJul, aprToJul];

    private static MonthlyActivity[] Six(MonthlyActivity m) => Enumerable.Repeat(m, 6).ToArray();

    [Fact]
    public void AllOfOctoberToMarchInEducation_IsEducation()
    {
        Assert.Equal(
            DestinationCategory.Education,
            DestinationPolicy.Default.Classify(Year(NotCaptured, Six(Education), Other))
        );
    }

    [Fact]
    public void FiveOfSixMonthsEmployed_IsEmployment_FourIsNot()
    {
        MonthlyActivity[] five =
        [
            Employment,
            Employment,
            Other,
            Employment,
            Employment,
            Employment,
        ];
        MonthlyActivity[] four = [Employment, Employment, Other, Other, Employment, Employment];

        Assert.Equal(
            DestinationCategory.Employment,
            DestinationPolicy.Default.Classify(Year(Other, five, Other))
        );
        Assert.Equal(
            DestinationCategory.NotSustained,
            DestinationPolicy.Default.Classify(Year(Other, four, Other))
        );
    }

    [Fact]
    public void SixConsecutiveApprenticeshipMonths_AnywhereInTheYear_IsApprenticeship()
    {
        MonthlyActivity[] lateStart =
        [
            Other,
            Other,
            Other,
            Other,
            Other,
            Other,
            Apprenticeship,
            Apprenticeship,
            Apprenticeship,
            Apprenticeship,
            Apprenticeship,
            Apprenticeship,
        ];
        MonthlyActivity[] broken =
        [
            Apprenticeship,
            Apprenticeship,
            Apprenticeship,
            Other,
            Apprenticeship,
            Apprenticeship,
            Apprenticeship,
            Other,
            Other,
            Other,
            Other,
            Other,
        ];

        Assert.Equal(
            DestinationCategory.Apprenticeship,
            DestinationPolicy.Default.Classify(lateStart)
        );
        Assert.Equal(DestinationCategory.NotSustained, DestinationPolicy.Default.Classify(broken));
    }

    [Fact]
    public void Combination_IsSustained_InTheCategoryThePolicySays()
    {
        MonthlyActivity[] mixed =
        [
            Education,
            Education,
            Education,
            Employment,
            Employment,
            Employment,
        ];
        var year = Year(Other, mixed, Other);

        Assert.Equal(DestinationCategory.Education, DestinationPolicy.Default.Classify(year));
        Assert.Equal(
            DestinationCategory.Employment,
            (
                DestinationPolicy.Default with
                {
                    CombinationCountsAs = DestinationCategory.Employment,
                }
            ).Classify(year)
        );
    }

    [Fact]
    public void NothingRecorded_IsActivityNotCaptured_SomethingElseIsNotSustained()
    {
        Assert.Equal(
            DestinationCategory.ActivityNotCaptured,
            DestinationPolicy.Default.Classify(Year(NotCaptured, Six(NotCaptured), NotCaptured))
        );
        MonthlyActivity[] gap =
        [
            Education,
            Education,
            NotCaptured,
            Education,
            Education,
            Education,
        ];
        Assert.Equal(
            DestinationCategory.NotSustained,
            DestinationPolicy.Default.Classify(Year(Education, gap, Education))
        );
    }

    // DfE, KS4 and 16-18 destination measures, data guidance: "activity not captured" means no participation in
    // education, apprenticeship or employment, nor out-of-work benefits, at any point in the destination year. Activity
    // outside October to March is activity all the same: the young person is not sustained, not "not captured".
    [Theory]
    [InlineData(0, Education)] // August only
    [InlineData(1, Employment)] // September only
    [InlineData(8, Apprenticeship)] // April only
    [InlineData(11, Education)] // July only
    [InlineData(0, Other)] // out-of-work benefits in August
    public void ActivityOutsideOctoberToMarch_IsNotSustained_NotActivityNotCaptured(
        int month,
        MonthlyActivity activity
    )
    {
        var year = Enumerable.Repeat(NotCaptured, 12).ToArray();
        year[month] = activity;

        Assert.Equal(DestinationCategory.NotSustained, DestinationPolicy.Default.Classify(year));
    }

    [Fact]
    public void Policy_Settings_AreChecked()
    {
        Assert.Equal(5, DestinationPolicy.Default.EmploymentMonths);
        Assert.Equal(6, DestinationPolicy.Default.ApprenticeshipMonths);
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            DestinationPolicy.Default with
            {
                EmploymentMonths = 0,
            }
        );
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            DestinationPolicy.Default with
            {
                EmploymentMonths = 7,
            }
        );
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            DestinationPolicy.Default with
            {
                ApprenticeshipMonths = 13,
            }
        );
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            DestinationPolicy.Default with
            {
                ApprenticeshipMonths = 0,
            }
        );
        Assert.Equal(
            12,
            (DestinationPolicy.Default with { ApprenticeshipMonths = 12 }).ApprenticeshipMonths
        );
        Assert.Equal(6, (DestinationPolicy.Default with { EmploymentMonths = 6 }).EmploymentMonths);
        Assert.Equal(1, (DestinationPolicy.Default with { EmploymentMonths = 1 }).EmploymentMonths);
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            DestinationPolicy.Default with
            {
                CombinationCountsAs = DestinationCategory.NotSustained,
            }
        );
        Assert.Equal(
            DestinationCategory.Apprenticeship,
            (
                DestinationPolicy.Default with
                {
                    CombinationCountsAs = DestinationCategory.Apprenticeship,
                }
            ).CombinationCountsAs
        );
        Assert.Throws<ArgumentException>(() => DestinationPolicy.Default.Classify(Six(Education)));
    }

    [Fact]
    public void ShorterApprenticeshipRule_IsASetting()
    {
        MonthlyActivity[] three =
        [
            Apprenticeship,
            Apprenticeship,
            Apprenticeship,
            Other,
            Other,
            Other,
            Other,
            Other,
            Other,
            Other,
            Other,
            Other,
        ];

        Assert.Equal(
            DestinationCategory.Apprenticeship,
            (DestinationPolicy.Default with { ApprenticeshipMonths = 3 }).Classify(three)
        );
    }

    [Fact]
    public void Measure_FromPupils_CountsEachCategory()
    {
        var pupils = new IReadOnlyList<MonthlyActivity>[]
        {
            Year(Other, Six(Education), Other),
            Year(Other, Six(Education), Other),
            Year(Other, Six(Employment), Other),
            Year(Other, Six(Other), Other),
            Year(NotCaptured, Six(NotCaptured), NotCaptured),
        };

        var measure = KpiEvaluator.Default.Destinations(pupils).GetResultOrThrow();

        Assert.Equal(5, measure.Cohort);
        Assert.Equal(2, measure[DestinationCategory.Education]);
        Assert.Equal(1, measure[DestinationCategory.Employment]);
        Assert.Equal(0, measure[DestinationCategory.Apprenticeship]);
        Assert.Equal(1, measure[DestinationCategory.NotSustained]);
        Assert.Equal(1, measure[DestinationCategory.ActivityNotCaptured]);
        Assert.Equal(60m, measure.Sustained.Percentage);
        Assert.Equal(40m, measure.Share(DestinationCategory.Education).Percentage);
        Assert.Throws<ArgumentOutOfRangeException>(() => measure[(DestinationCategory)9]);
    }

    [Fact]
    public void Measure_BadPupilsAndEmptyCohorts_AreProblems()
    {
        var bad = DestinationMeasure.Classify([
            Year(Other, Six(Education), Other),
            Six(Education),
            null!,
        ]);
        var empty = DestinationMeasure.Classify([]);

        Assert.Equal(["/1", "/2"], bad.Problems.Select(p => p.Path));
        Assert.All(bad.Problems, p => Assert.Equal("kpi.destinations.months", p.Code));
        Assert.Contains("Pupil 1 has 6 months", bad.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("Pupil 2 has 0 months", bad.Problems[1].Message, StringComparison.Ordinal);
        Assert.Equal("kpi.cohort.zero", Assert.Single(empty.Problems).Code);
    }

    [Fact]
    public void Measure_FromCounts_BadCountsAreProblems()
    {
        var negative = DestinationMeasure.FromCounts(
            new Dictionary<DestinationCategory, int>
            {
                [DestinationCategory.Education] = 5,
                [DestinationCategory.NotSustained] = -1,
            }
        );
        var empty = DestinationMeasure.FromCounts(new Dictionary<DestinationCategory, int>());

        var problem = Assert.Single(negative.Problems);
        Assert.Equal("kpi.count.negative", problem.Code);
        Assert.Equal("/notSustained", problem.Path);
        Assert.Equal("kpi.cohort.zero", Assert.Single(empty.Problems).Code);
    }
}
