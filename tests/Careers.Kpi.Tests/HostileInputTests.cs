using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Careers.Kpi.Tests;

/// <summary>
/// Issue 16: the KPI calculators and the report answer months, as-at dates and target dates anywhere in the ISO range
/// with a result or problems, never an exception.
/// </summary>
public class HostileInputTests
{
    private static readonly string Met = KpiDefinitions.EntitlementMet.Id;

    [Theory]
    [InlineData(1, 12)]
    [InlineData(1899, 12)]
    [InlineData(1900, 2)]
    [InlineData(9999, 12)]
    public void NeetMonthOutsideTheRange_IsAProblemAtItsMonth(int year, int month)
    {
        var months = Fixtures.EnglandFemale17();
        months[1] = months[1] with { Month = new YearMonth(year, month) };

        var average = NeetCalculator.ThreeMonthAverage(months);

        Assert.False(average.Success);
        Assert.Contains(
            average.Problems,
            p => p.Code == "kpi.neet.month-range" && p.Path == "/1/month"
        );
        Assert.Equal(
            $"{new YearMonth(year, month).ToString("MMMM yyyy", null)} is outside the supported range, September 1900 to August 9999.",
            average.Problems.Single(p => p.Code == "kpi.neet.month-range").Message
        );
    }

    [Fact]
    public void TheLastNeetAverageOfTheRange_HasItsPeriod()
    {
        var average = NeetCalculator
            .ThreeMonthAverage(Fixtures.EnglandFemale17(9999))
            .GetResultOrThrow();

        Assert.Equal(9999, average.Year);
        Assert.Equal("9999", average.TimePeriod.Code);
    }

    [Fact]
    public void Report_AsAtAndTargetDatesOutsideTheRange_AreProblems()
    {
        var report = KpiReport
            .Builder(
                KpiCatalogue.DerbyStrategy,
                Geography.Derby,
                TimePeriod.ForAcademicYear(new AcademicYear(2024)),
                new LocalDate(1, 1, 1)
            )
            .AddProportion(Met, 81, 263)
            .AddTarget(
                new KpiTarget(
                    Met,
                    20m,
                    new LocalDate(1899, 12, 31),
                    40m,
                    new LocalDate(9999, 12, 31)
                )
            )
            .Build();

        Assert.Equal(
            [
                ("as-at.range", "/asAt"),
                ("kpi.target.date-range", "/targets/0/baselineDate"),
                ("kpi.target.date-range", "/targets/0/targetDate"),
            ],
            report.Problems.Select(p => (p.Code, p.Path))
        );
        Assert.Equal(
            $"{Met}: the baseline date is 1899-12-31, outside the supported range 1900-09-01 to 9999-08-31.",
            report.Problems[1].Message
        );
    }

    private static Gen<YearMonth> Month { get; } =
        Gen.Frequency(
            (
                3,
                from year in Gen.Choose(2020, 2026)
                from month in Gen.Elements(12, 1, 2)
                select new YearMonth(year, month)
            ),
            (2, HostileData.Date.Select(d => d.ToYearMonth())),
            (
                1,
                Gen.Elements(
                    new YearMonth(1900, 8),
                    new YearMonth(1900, 9),
                    new YearMonth(1900, 12),
                    new YearMonth(9998, 12),
                    new YearMonth(9999, 2),
                    new YearMonth(9999, 8),
                    new YearMonth(9999, 9),
                    new YearMonth(9999, 12)
                )
            )
        );

    private static Gen<NeetMonth> NeetMonthGen { get; } =
        from month in Month
        from cohort in Gen.Frequency(
            (5, Gen.Choose(1, 10_000)),
            (1, Gen.Elements(0, -1, int.MaxValue, int.MinValue))
        )
        from neet in Gen.Frequency(
            (5, Gen.Choose(0, 500)),
            (1, Gen.Elements(-1, int.MaxValue, int.MinValue))
        )
        from notKnown in Gen.Frequency(
            (5, Gen.Choose(0, 500)),
            (1, Gen.Elements(-1, int.MaxValue, int.MinValue))
        )
        select new NeetMonth(month, cohort, neet, notKnown);

    [Property(MaxTest = 300)]
    public Property NeetAverage_AnswersAnyMonths_WithAnAverageOrProblems() =>
        Prop.ForAll(
            Gen.Frequency(
                    (1, Gen.ArrayOf(NeetMonthGen)),
                    (
                        2,
                        from year in Gen.Frequency(
                            (2, Gen.Choose(2020, 2026)),
                            (1, Gen.Choose(1901, 9999)),
                            (1, Gen.Choose(-9997, 1900))
                        )
                        from counts in Gen.ArrayOf(NeetMonthGen, 3)
                        select new[]
                        {
                            counts[0] with
                            {
                                Month = new YearMonth(year - 1, 12),
                            },
                            counts[1] with
                            {
                                Month = new YearMonth(year, 1),
                            },
                            counts[2] with
                            {
                                Month = new YearMonth(year, 2),
                            },
                        }
                    )
                )
                .ToArbitrary(),
            Gen.Frequency(
                    (2, Gen.Constant<int?>(null)),
                    (1, Gen.Choose(-10_000, 10_000).Select(y => (int?)y))
                )
                .ToArbitrary(),
            (months, year) =>
            {
                var expected = months
                    .Select((m, i) => (m, i))
                    .Where(x =>
                        !HostileData.Supported(x.m.Month.OnDayOfMonth(1))
                        || !HostileData.Supported(
                            x.m.Month.OnDayOfMonth(
                                x.m.Month.Calendar.GetDaysInMonth(x.m.Month.Year, x.m.Month.Month)
                            )
                        )
                    )
                    .Select(x => ("kpi.neet.month-range", $"/{x.i}/month"))
                    .ToList();
                var average = KpiEvaluator.Default.NeetAverage(months, year);
                HostileData.Reports(average, expected);
                if (average.Success)
                {
                    Assert.NotEmpty(average.Result.TimePeriod.Code);
                    Assert.NotEmpty(average.Result.ToString());
                    _ = Fixtures.Report().AddNeet(average.Result).Build();
                }

                return true;
            }
        );

    private static Gen<KpiTarget> Target { get; } =
        from first in HostileData.Date
        from second in HostileData.Date
        where first != second
        from baseline in Gen.Choose(0, 100)
        from target in Gen.Choose(0, 100)
        select new KpiTarget(
            Met,
            baseline,
            first < second ? first : second,
            target,
            first < second ? second : first
        );

    [Property(MaxTest = 300)]
    public Property Report_AnswersAnyAsAtAndTargets_WithAReportOrProblems() =>
        Prop.ForAll(
            HostileData.AsAt.ToArbitrary(),
            Gen.ArrayOf(Target).ToArbitrary(),
            HostileData.Date.ToArbitrary(),
            (asAt, targets, on) =>
            {
                var builder = KpiEvaluator
                    .Default.Report(
                        Geography.Derby,
                        TimePeriod.ForAcademicYear(new AcademicYear(2024)),
                        asAt
                    )
                    .AddProportion(Met, 81, 263)
                    .CompareWithPrevious(Met, 25m);
                var expected = new List<(string, string)>();
                if (!HostileData.Supported(asAt))
                {
                    expected.Add(("as-at.range", "/asAt"));
                }

                for (var t = 0; t < targets.Length; t++)
                {
                    builder.AddTarget(targets[t]);
                    _ = targets[t].ExpectedAt(on);
                    _ = targets[t].Assess(50m, on, BetterDirection.Higher);
                    if (!HostileData.Supported(targets[t].BaselineDate))
                    {
                        expected.Add(("kpi.target.date-range", $"/targets/{t}/baselineDate"));
                    }

                    if (!HostileData.Supported(targets[t].TargetDate))
                    {
                        expected.Add(("kpi.target.date-range", $"/targets/{t}/targetDate"));
                    }
                }

                var report = builder.Build();
                HostileData.Reports(report, expected);
                if (report.Success)
                {
                    Assert.NotEmpty(KpiReportJson.Serialize(report.Result));
                    Assert.NotEmpty(KpiCsv.ToCsv(report.Result));
                }

                return true;
            }
        );
}
