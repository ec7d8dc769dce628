using System;
using System.Collections.Generic;
using System.Linq;
using Careers.Encounters;
using Careers.Gatsby;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Careers.Kpi.Tests;

public class ReportTests
{
    private static readonly string Met = KpiDefinitions.EntitlementMet.Id;
    private static readonly string Combined = KpiDefinitions.NeetOrNotKnown.Id;

    private static string[] Codes(IEnumerable<ValidationError> problems) =>
        problems.Select(p => p.Code).ToArray();

    [Fact]
    public void Proportion_HasItsWilsonIntervalInPercent()
    {
        var report = Fixtures.Report().AddProportion(Met, 81, 263).Build().GetResultOrThrow();
        var figure = report.Figure(Met)!;

        Assert.Equal("30.8", figure.Reported);
        Assert.Equal("25.5", DfeRounding.Format(figure.Interval!.Lower, 1));
        Assert.Equal("36.6", DfeRounding.Format(figure.Interval.Upper, 1));
        Assert.True(figure.IsPublished);
        Assert.Null(figure.Symbol);
        Assert.Equal(81m, figure.PublishedNumerator);
        Assert.Equal(263m, figure.PublishedDenominator);
        Assert.Same(Geography.Derby, figure.Geography);
        Assert.Equal("encounters.entitlement-met [Derby]: 30.8", figure.ToString());
        Assert.Equal("Derby 202425 (Academic year): 1 figures", report.ToString());
        Assert.Equal("kpi.derby.2020-2025", report.Provenance.RuleSetId);
        Assert.Equal(Fixtures.AsAt, report.Provenance.AsAt);
        Assert.Same(KpiCatalogue.DerbyStrategy, report.Catalogue);
        Assert.Same(KpiPolicy.Default, report.Policy);
        Assert.Equal(Geography.Derby, report.Area);
        Assert.Null(report.Figure(Met, geography: Geography.England));
        Assert.Null(report.Figure("nope"));
    }

    [Fact]
    public void SmallCohort_ShowsC_AndSmallCount_ShowsC()
    {
        var report = Fixtures
            .Report()
            .AddProportion(Met, 4, 5, Breakdowns.Sex, "Female")
            .AddProportion(Met, 2, 50, Breakdowns.Sex, "Male")
            .Build()
            .GetResultOrThrow();

        Assert.All(report.Figures, f => Assert.Equal("c", f.Reported));
        Assert.All(report.Figures, f => Assert.False(f.IsPublished));
        Assert.All(report.Figures, f => Assert.Null(f.PublishedNumerator));
        Assert.All(report.Figures, f => Assert.Null(f.PublishedDenominator));
    }

    [Fact]
    public void ValueThatRoundsToZero_ShowsLow_UnlessThePolicySaysNot()
    {
        var low = Fixtures
            .Report()
            .AddProportion(Met, 3, 10_000)
            .Build()
            .GetResultOrThrow()
            .Figure(Met)!;
        var shown = Fixtures
            .Report(KpiPolicy.Default with { ShowLow = false })
            .AddProportion(Met, 3, 10_000)
            .Build()
            .GetResultOrThrow()
            .Figure(Met)!;
        var zero = Fixtures
            .Report()
            .AddProportion(Met, 0, 10_000)
            .Build()
            .GetResultOrThrow()
            .Figure(Met)!;

        Assert.Equal("low", low.Reported);
        Assert.True(low.IsPublished);
        Assert.Equal(3m, low.PublishedNumerator);
        Assert.Equal("0.0", shown.Reported);
        Assert.Equal("0.0", zero.Reported);
    }

    [Fact]
    public void LowReliability_FlagsPublishedFiguresOnly()
    {
        var catalogue = KpiCatalogue.DerbyStrategy.With(
            KpiDefinitions.EntitlementMet with
            {
                Suppression = SuppressionRule.Pupils with { LowReliabilityBelow = 30 },
            }
        );
        var report = KpiReport
            .Builder(catalogue, Geography.Derby, TimePeriod.CalendarYear(2025), Fixtures.AsAt)
            .AddProportion(Met, 10, 20)
            .AddProportion(Met, 1, 20, Breakdowns.Sex, "Female")
            .AddProportion(Met, 9, 20, Breakdowns.Sex, "Male")
            .Build()
            .GetResultOrThrow();

        Assert.True(report.Figure(Met)!.LowReliability);
        Assert.EndsWith("[u]", report.Figure(Met)!.ToString(), StringComparison.Ordinal);
        Assert.False(report.Figure(Met, Breakdowns.Sex, "Female")!.LowReliability);
    }

    [Fact]
    public void SecondarySuppression_ProtectsASingleSuppressedGroup()
    {
        var report = Fixtures
            .Report()
            .AddProportion(Met, 60, 300)
            .AddProportion(Met, 2, 50, Breakdowns.Sex, "Female")
            .AddProportion(Met, 58, 250, Breakdowns.Sex, "Male")
            .AddProportion(Met, 30, 100, Breakdowns.Disadvantage, Breakdowns.Disadvantaged)
            .AddProportion(Met, 30, 200, Breakdowns.Disadvantage, Breakdowns.NotDisadvantaged)
            .Build()
            .GetResultOrThrow();

        Assert.Equal("20.0", report.Figure(Met)!.Reported);
        Assert.Equal("c", report.Figure(Met, Breakdowns.Sex, "Female")!.Reported);
        Assert.Equal("c", report.Figure(Met, Breakdowns.Sex, "Male")!.Reported);
        Assert.Equal(
            "30.0",
            report.Figure(Met, Breakdowns.Disadvantage, Breakdowns.Disadvantaged)!.Reported
        );
    }

    [Fact]
    public void SecondarySuppression_IsPerGeography_AndNeedsATotal()
    {
        var ward = Geography.Derby.Ward("E05001770", "Arboretum");
        var report = Fixtures
            .Report()
            .AddProportion(Met, 60, 300, geography: ward)
            .AddProportion(Met, 2, 50, Breakdowns.Sex, "Female", ward)
            .AddProportion(Met, 58, 250, Breakdowns.Sex, "Male", ward)
            .AddProportion(Met, 2, 50, Breakdowns.Sex, "Female")
            .AddProportion(Met, 58, 250, Breakdowns.Sex, "Male")
            .Build()
            .GetResultOrThrow();

        Assert.Equal("c", report.Figure(Met, Breakdowns.Sex, "Male", ward)!.Reported);
        Assert.Equal("23.2", report.Figure(Met, Breakdowns.Sex, "Male")!.Reported); // no Derby total given
    }

    [Fact]
    public void SecondarySuppression_Off_LeavesTheOtherGroup()
    {
        var policyCatalogue = KpiCatalogue.DerbyStrategy.With(
            KpiDefinitions.EntitlementMet with
            {
                Suppression = SuppressionRule.Pupils with { SecondarySuppression = false },
            }
        );
        var report = KpiReport
            .Builder(policyCatalogue, Geography.Derby, TimePeriod.CalendarYear(2025), Fixtures.AsAt)
            .AddProportion(Met, 60, 300)
            .AddProportion(Met, 2, 50, Breakdowns.Sex, "Female")
            .AddProportion(Met, 58, 250, Breakdowns.Sex, "Male")
            .Build()
            .GetResultOrThrow();

        Assert.Equal("23.2", report.Figure(Met, Breakdowns.Sex, "Male")!.Reported);
    }

    [Fact]
    public void Neet_CountsArePublishedRoundedToTen_RatesFromUnroundedCounts()
    {
        var report = Fixtures
            .Report()
            .AddNeet(Fixtures.Average(Fixtures.Derby(2024)))
            .Build()
            .GetResultOrThrow();
        var combined = report.Figure(Combined)!;

        Assert.Equal(250m, combined.PublishedNumerator); // 248
        Assert.Equal(6_000m, combined.PublishedDenominator);
        Assert.Equal("4.1", combined.Reported);
        Assert.Equal(3, report.Figures.Count);
    }

    [Fact]
    public void ValuesAndGaps_GoToTheirUnits()
    {
        var report = Fixtures
            .Report()
            .AddValue(KpiDefinitions.EncountersDelivered.Id, 27_123)
            .AddValue(KpiDefinitions.CareersLeaderHours.Id, 3.25m, 22)
            .AddGap(
                KpiDefinitions.DestinationsDisadvantageGap.Id,
                Proportion.Of(953, 1000),
                Proportion.Of(861, 1000)
            )
            .AddSymbol(KpiDefinitions.SmesEngaged.Id, GssSymbol.NotAvailable)
            .Build()
            .GetResultOrThrow();

        Assert.Equal("27123", report.Figure(KpiDefinitions.EncountersDelivered.Id)!.Reported);
        Assert.Null(report.Figure(KpiDefinitions.EncountersDelivered.Id)!.Interval);
        var hours = report.Figure(KpiDefinitions.CareersLeaderHours.Id)!;
        Assert.Equal("3.3", hours.Reported);
        Assert.Equal(71.5m, hours.Numerator);
        Assert.Equal(22m, hours.Denominator);
        var gap = report.Figure(KpiDefinitions.DestinationsDisadvantageGap.Id)!;
        Assert.Equal("9.2", gap.Reported);
        Assert.Equal("6.7", DfeRounding.Format(gap.Interval!.Lower, 1));
        Assert.Null(gap.Numerator);
        Assert.Equal("x", report.Figure(KpiDefinitions.SmesEngaged.Id)!.Reported);
    }

    [Fact]
    public void Gap_IsSuppressedWhenEitherGroupIs()
    {
        var report = Fixtures
            .Report()
            .AddGap(
                KpiDefinitions.DestinationsDisadvantageGap.Id,
                Proportion.Of(5, 5),
                Proportion.Of(40, 50)
            )
            .Build()
            .GetResultOrThrow();

        Assert.Equal("c", report.Figures[0].Reported);
        Assert.Equal(
            "c",
            Fixtures
                .Report()
                .AddGap(
                    KpiDefinitions.DestinationsDisadvantageGap.Id,
                    Proportion.Of(40, 50),
                    Proportion.Of(1, 50)
                )
                .Build()
                .GetResultOrThrow()
                .Figures[0]
                .Reported
        );
    }

    [Fact]
    public void SmallCount_IsSuppressed()
    {
        var catalogue = KpiCatalogue.DerbyStrategy.With(
            KpiDefinitions.EncountersDelivered with
            {
                Suppression = SuppressionRule.Pupils,
            }
        );
        var figure = KpiReport
            .Builder(catalogue, Geography.Derby, TimePeriod.CalendarYear(2025), Fixtures.AsAt)
            .AddValue(KpiDefinitions.EncountersDelivered.Id, 2)
            .Build()
            .GetResultOrThrow()
            .Figures[0];

        Assert.Equal("c", figure.Reported);
    }

    [Fact]
    public void BadFigures_AreProblems_WithTheirPaths()
    {
        var builder = Fixtures
            .Report()
            .AddProportion("nope", 1, 2)
            .AddProportion(KpiDefinitions.EncountersDelivered.Id, 1, 2)
            .AddProportion(Met, 1, 2, "shoe_size", "9")
            .AddProportion(KpiDefinitions.SmesEngaged.Id, 1, 2)
            .AddProportion(Met, 3, 2)
            .AddProportion(Met, 0, 0)
            .AddProportion(Met, -1, 2)
            .AddValue(Met, 3)
            .AddValue(KpiDefinitions.EncountersDelivered.Id, -3)
            .AddGap(Met, Proportion.Of(1, 2), Proportion.Of(1, 2))
            .AddProportion(Met, 1, 10)
            .AddProportion(Met, 2, 10);

        var problems = builder.Build().Problems;

        Assert.Equal(
            [
                "kpi.report.unknown-kpi",
                "kpi.report.unit-mismatch",
                "kpi.report.unknown-breakdown",
                "kpi.report.unit-mismatch",
                "kpi.numerator.above-denominator",
                "kpi.denominator.zero",
                "kpi.count.negative",
                "kpi.report.unit-mismatch",
                "kpi.count.negative",
                "kpi.report.unit-mismatch",
                "kpi.report.duplicate-figure",
            ],
            problems.Select(p => p.Code)
        );
        Assert.Equal("/figures/0", problems[0].Path);
        Assert.Equal("/figures/11", problems[^1].Path);
        Assert.Contains("use one of disadvantage", problems[2].Message, StringComparison.Ordinal);
        var none = Fixtures
            .Report()
            .AddProportion(KpiDefinitions.AchievingAllEight.Id, 1, 2, "sex", "Female")
            .Build()
            .Problems;
        Assert.Equal(["kpi.report.unknown-breakdown"], Codes(none));
        Assert.EndsWith("it has no breakdowns.", none[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BreakdownWithoutGroup_IsAProgrammingError()
    {
        Assert.Throws<ArgumentException>(() =>
            Fixtures.Report().AddProportion(Met, 1, 2, Breakdowns.Sex)
        );
        Assert.Throws<ArgumentException>(() =>
            Fixtures.Report().AddProportion(Met, 1, 2, group: "Female")
        );
        Assert.Throws<ArgumentException>(() => Fixtures.Report().AddSymbol(Met, GssSymbol.Low));
        Assert.Throws<ArgumentException>(() =>
            Fixtures.Report().AddSymbol(Met, GssSymbol.LowReliability)
        );
        Assert.Throws<ArgumentException>(() => Fixtures.Report().CompareWithPrevious("", 1m));
    }

    [Fact]
    public void ChangesAndTargets_UseTheHeadlineFigure()
    {
        var target = new KpiTarget(
            Combined,
            4.3m,
            new LocalDate(2023, 2, 28),
            3.5m,
            new LocalDate(2025, 2, 28)
        );
        var report = Fixtures
            .Report()
            .AddNeet(Fixtures.Average(Fixtures.Derby(2025)))
            .AddNeet(Fixtures.Average(Fixtures.Derby(2024)), Breakdowns.Sex, "Female")
            .CompareWithPrevious(Combined, 4.13m)
            .AddTarget(target)
            .Build()
            .GetResultOrThrow();

        var change = Assert.Single(report.Changes);
        Assert.Equal(Combined, change.KpiId);
        Assert.Equal(7.9m, change.Change.Current);
        var assessment = Assert.Single(report.Targets);
        Assert.Equal(RagStatus.Red, assessment.Status);
        Assert.Equal(3.5m, assessment.Expected);
        Assert.Equal(Fixtures.AsAt, assessment.Date);
    }

    [Fact]
    public void ChangesAndTargets_WithoutAHeadline_AreProblems_WithASymbol_AreLeftOut()
    {
        var target = new KpiTarget(
            Met,
            40m,
            new LocalDate(2023, 9, 1),
            80m,
            new LocalDate(2025, 9, 1)
        );
        var missing = Fixtures.Report().CompareWithPrevious(Met, 1m).AddTarget(target).Build();
        var symbol = Fixtures
            .Report()
            .AddProportion(Met, 1, 5)
            .CompareWithPrevious(Met, 1m)
            .AddTarget(target)
            .Build()
            .GetResultOrThrow();

        Assert.Equal(["/changes", "/targets"], missing.Problems.Select(p => p.Path));
        Assert.All(missing.Problems, p => Assert.Equal("kpi.report.no-current-figure", p.Code));
        Assert.Empty(symbol.Changes);
        Assert.Empty(symbol.Targets);
    }

    [Fact]
    public void Benchmarks_FromAnAreaSummary()
    {
        var all = GatsbyFramework.Edition2024Schools.Criteria.ToDictionary(c => c.Id, _ => true);
        var asAt = new LocalDate(2025, 10, 1);
        var summary = AreaSummary.Of([
            GatsbyEvaluator
                .Default.SelfAssess(GatsbyFramework.Edition2024Schools, all, asAt, "A")
                .GetResultOrThrow(),
            GatsbyEvaluator
                .Default.SelfAssess(
                    GatsbyFramework.Edition2024Schools,
                    new Dictionary<string, bool>(),
                    asAt,
                    "B"
                )
                .GetResultOrThrow(),
            GatsbyEvaluator
                .Default.SelfAssess(GatsbyFramework.Edition2024Schools, all, asAt, "C")
                .GetResultOrThrow(),
        ]);

        var report = Fixtures.Report().AddBenchmarks(summary).Build().GetResultOrThrow();

        Assert.Equal(
            "5.33",
            report.Figure(KpiDefinitions.AverageBenchmarksFullyAchieved.Id)!.Reported
        );
        var allEight = report.Figure(KpiDefinitions.AchievingAllEight.Id)!;
        Assert.Equal(2m, allEight.Numerator);
        Assert.Equal(3m, allEight.Denominator);
        Assert.Equal("66.7", allEight.Reported);
    }

    [Fact]
    public void Entitlement_FromARollUp_WithEveryListedBreakdown()
    {
        var asAt = new LocalDate(2025, 2, 28);
        var year = AcademicYear.ForDate(asAt);
        var learners = Enumerable
            .Range(0, 40)
            .Select(i => new Learner(
                "L" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                new LocalDate(year.StartYear - 11 - (i % 3), 1, 15),
                YearGroup.FromNumber(7 + (i % 3)),
                year
            )
            {
                InstitutionId = i % 2 == 0 ? "school-a" : "school-b",
                Characteristics = new LearnerCharacteristics
                {
                    FreeSchoolMeals = i % 4 == 0,
                    Sex = i % 2 == 0 ? Sex.Female : Sex.Male,
                    SenProvision =
                        i % 5 == 0 ? SenProvision.SenSupport
                        : i % 7 == 0 ? SenProvision.EhcPlan
                        : SenProvision.None,
                    EnglishAsAdditionalLanguage = i % 3 == 0,
                    HomeArea = i % 2 == 0 ? "Arboretum" : "Normanton",
                },
            })
            .ToArray();
        var result = new EntitlementEvaluator(EncounterPolicy.DerbyOpportunityArea)
            .Evaluate(ActivityRecord.Create(learners, [], []).GetResultOrThrow(), asAt)
            .GetResultOrThrow();
        var rollUp = EntitlementRollUp.Of(result);

        var report = Fixtures
            .Report()
            .AddEntitlement(rollUp)
            .AddEncountersDelivered(result)
            .Build()
            .GetResultOrThrow();

        var overall = report.Figure(Met)!;
        Assert.Equal(rollUp.Overall.InScope, overall.Denominator);
        Assert.Equal(0m, overall.Numerator);
        Assert.NotNull(report.Figure(Met, Breakdowns.Disadvantage, Breakdowns.Disadvantaged));
        Assert.NotNull(report.Figure(Met, Breakdowns.Disadvantage, Breakdowns.NotDisadvantaged));
        Assert.NotNull(report.Figure(Met, Breakdowns.SenProvision, "SEN support"));
        Assert.NotNull(report.Figure(Met, Breakdowns.SenProvision, "EHC plan"));
        Assert.NotNull(report.Figure(Met, Breakdowns.SenProvision, "No SEN"));
        Assert.NotNull(report.Figure(Met, Breakdowns.EnglishAsAdditionalLanguage, "EAL"));
        Assert.NotNull(report.Figure(Met, Breakdowns.EnglishAsAdditionalLanguage, "Not EAL"));
        Assert.NotNull(report.Figure(Met, Breakdowns.Sex, "Female"));
        Assert.NotNull(report.Figure(Met, Breakdowns.Ward, "Normanton"));
        Assert.NotNull(report.Figure(Met, Breakdowns.Institution, "school-a"));
        Assert.NotNull(report.Figure(Met, Breakdowns.YearGroup, "Year 8"));
        Assert.NotNull(
            report.Figure(KpiDefinitions.EntitlementMetOrOnTrack.Id, Breakdowns.YearGroup, "Year 9")
        );
        Assert.Equal("0", report.Figure(KpiDefinitions.EncountersDelivered.Id)!.Reported);
    }

    [Fact]
    public void Entitlement_GroupWithNobodyInScope_ShowsZ_AndACatalogueWithoutTheKpi_IsAProblem()
    {
        var asAt = new LocalDate(2025, 2, 28);
        var year = AcademicYear.ForDate(asAt);
        var learners = new[]
        {
            new Learner("P", new LocalDate(year.StartYear - 10, 1, 15), YearGroup.Year6, year)
            {
                InstitutionId = "primary",
            },
            new Learner("S", new LocalDate(year.StartYear - 11, 1, 15), YearGroup.Year7, year)
            {
                InstitutionId = "school",
            },
        };
        var rollUp = EntitlementRollUp.Of(
            new EntitlementEvaluator(EncounterPolicy.DerbyOpportunityArea)
                .Evaluate(ActivityRecord.Create(learners, [], []).GetResultOrThrow(), asAt)
                .GetResultOrThrow()
        );

        var report = Fixtures.Report().AddEntitlement(rollUp).Build().GetResultOrThrow();
        var without = KpiReport
            .Builder(
                new KpiCatalogue("c", "1", []),
                Geography.Derby,
                TimePeriod.CalendarYear(2025),
                asAt
            )
            .AddEntitlement(rollUp)
            .Build();

        Assert.Equal("z", report.Figure(Met, Breakdowns.Institution, "primary")!.Reported);
        Assert.Equal("c", report.Figure(Met, Breakdowns.Institution, "school")!.Reported); // one learner
        Assert.Equal(
            ["kpi.report.unknown-kpi", "kpi.report.unknown-kpi"],
            without.Problems.Select(p => p.Code)
        );
    }

    [Fact]
    public void Destinations_AddTheGapAndTheGroups()
    {
        var all = DestinationMeasure
            .FromCounts(
                new Dictionary<DestinationCategory, int>
                {
                    [DestinationCategory.Education] = 90,
                    [DestinationCategory.NotSustained] = 10,
                }
            )
            .GetResultOrThrow();
        var a = DestinationMeasure
            .FromCounts(
                new Dictionary<DestinationCategory, int>
                {
                    [DestinationCategory.Education] = 70,
                    [DestinationCategory.NotSustained] = 5,
                }
            )
            .GetResultOrThrow();
        var d = DestinationMeasure
            .FromCounts(
                new Dictionary<DestinationCategory, int>
                {
                    [DestinationCategory.Education] = 20,
                    [DestinationCategory.NotSustained] = 5,
                }
            )
            .GetResultOrThrow();

        var report = Fixtures.Report().AddDestinations(all, a, d).Build().GetResultOrThrow();
        var only = Fixtures.Report().AddDestinations(all, a).Build().GetResultOrThrow();

        Assert.Equal("90.0", report.Figure(KpiDefinitions.SustainedDestinations.Id)!.Reported);
        Assert.Equal(
            "80.0",
            report
                .Figure(
                    KpiDefinitions.SustainedDestinations.Id,
                    Breakdowns.Disadvantage,
                    Breakdowns.Disadvantaged
                )!
                .Reported
        );
        Assert.Equal(
            "93.3",
            report
                .Figure(
                    KpiDefinitions.SustainedDestinations.Id,
                    Breakdowns.Disadvantage,
                    Breakdowns.NotDisadvantaged
                )!
                .Reported
        );
        Assert.Equal(
            "13.3",
            report.Figure(KpiDefinitions.DestinationsDisadvantageGap.Id)!.Reported
        );
        Assert.Single(only.Figures);
    }

    [Fact]
    public void TimePeriods_AndGeographies()
    {
        Assert.Equal(
            "202425 (Academic year)",
            TimePeriod.ForAcademicYear(new AcademicYear(2024)).ToString()
        );
        Assert.Equal(
            new LocalDate(2025, 8, 31),
            TimePeriod.ForAcademicYear(new AcademicYear(2024)).End
        );
        Assert.Equal("2025", TimePeriod.CalendarYear(2025).Code);
        Assert.Equal("Calendar year", TimePeriod.CalendarYear(2025).Identifier);
        Assert.Equal(new LocalDate(2025, 1, 1), TimePeriod.CalendarYear(2025).Start);
        Assert.Equal(new LocalDate(2025, 12, 31), TimePeriod.CalendarYear(2025).End);
        var financial = TimePeriod.FinancialYear(2025);
        Assert.Equal("202526", financial.Code);
        Assert.Equal("Financial year", financial.Identifier);
        Assert.Equal(new LocalDate(2025, 4, 1), financial.Start);
        Assert.Equal(new LocalDate(2026, 3, 31), financial.End);
        Assert.Equal("209900", TimePeriod.FinancialYear(2099).Code);
        Assert.Throws<ArgumentOutOfRangeException>(() => TimePeriod.CalendarYear(1899));
        Assert.Throws<ArgumentOutOfRangeException>(() => TimePeriod.CalendarYear(10000));
        Assert.Equal("1900", TimePeriod.CalendarYear(1900).Code);
        // 9999 too: the last NEET average of the supported range is December 9998 to February 9999.
        Assert.Equal("9999", TimePeriod.CalendarYear(9999).Code);
        Assert.Throws<ArgumentOutOfRangeException>(() => TimePeriod.FinancialYear(1899));
        Assert.Throws<ArgumentOutOfRangeException>(() => TimePeriod.FinancialYear(9999));
        Assert.Equal("999899", TimePeriod.FinancialYear(9998).Code);

        Assert.Equal("National", Geography.England.LevelName);
        Assert.Equal("Local authority", Geography.Derby.LevelName);
        Assert.Equal("E06000015", Geography.Derby.NewLaCode);
        var ward = Geography.Derby.Ward("E05001770", "Arboretum");
        Assert.Equal("Ward", ward.LevelName);
        Assert.Equal("831", ward.OldLaCode);
        Assert.Equal("Arboretum", ward.ToString());
        var school = Geography.Derby.School(Urn.Parse("112977"), "Derby School");
        Assert.Equal("School", school.LevelName);
        Assert.Equal("112977", school.SchoolUrn);
        Assert.Equal("Derby School", school.ToString());
        Assert.Equal("England", Geography.England.ToString());
        Assert.Equal("Derby", Geography.Derby.ToString());
        Assert.Equal(Geography.Derby, Geography.LocalAuthority("831", "E06000015", "Derby"));
        Assert.Throws<InvalidOperationException>(() => Geography.England.Ward("x", "y"));
        Assert.Throws<InvalidOperationException>(() => ward.School(Urn.Parse("112977"), "y"));
        Assert.Throws<ArgumentException>(() =>
            Geography.LocalAuthority("83", "E06000015", "Derby")
        );
        Assert.Throws<ArgumentException>(() =>
            Geography.LocalAuthority("83a", "E06000015", "Derby")
        );
        Assert.Throws<ArgumentException>(() => Geography.LocalAuthority("831", "", "Derby"));
    }

    [Fact]
    public void AddCareersKpi_RegistersOnce_WithTheOptions()
    {
        var catalogue = KpiCatalogue.DerbyStrategy.Versioned("kpi.area", "1");
        var services = new ServiceCollection();
        services.AddCareersKpi(o => o.Catalogue = catalogue);
        services.AddCareersKpi();

        using var provider = services.BuildServiceProvider();
        var calculator = provider.GetRequiredService<KpiEvaluator>();

        Assert.Same(catalogue, calculator.Catalogue);
        Assert.Same(KpiPolicy.Default, calculator.Policy);
        Assert.NotNull(provider.GetService<IClock>());
        Assert.Single(services, d => d.ServiceType == typeof(KpiEvaluator));
        Assert.Throws<ArgumentException>(() =>
            new ServiceCollection().AddCareersKpi(o => o.Catalogue = null!)
        );
        Assert.Throws<ArgumentException>(() =>
            new ServiceCollection().AddCareersKpi(o => o.Policy = null!)
        );
        Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddCareersKpi());
    }

    [Fact]
    public void Calculator_UsesItsPolicy()
    {
        var calculator = new KpiEvaluator(
            KpiCatalogue.DerbyStrategy,
            KpiPolicy.Default with
            {
                Confidence = ConfidenceLevel.NinetyNine,
                StableWithinPercentagePoints = 1m,
            }
        );

        var gap = calculator.Gap(Proportion.Of(56, 70), Proportion.Of(48, 80));
        var report = calculator
            .Report(Geography.Derby, TimePeriod.CalendarYear(2025), Fixtures.AsAt)
            .AddProportion(Met, 1, 10)
            .Build()
            .GetResultOrThrow();

        Assert.Equal(ConfidenceLevel.NinetyNine, gap.Interval.Level);
        Assert.Equal(ConfidenceLevel.NinetyNine, report.Figures[0].Interval!.Level);
        Assert.Equal(Trend.Stable, calculator.Change(Combined, 4m, 4.9m).Trend);
    }
}
