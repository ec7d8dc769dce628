#region usings
using System;
using System.Collections.Generic;
using Careers;
using Careers.Kpi;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
#endregion

namespace Careers.Snippets;

/// <summary>
/// The code samples of the Careers.Kpi article (docs/articles/kpi.md), compiled so that they cannot drift from the
/// API. Each method holds one <c>#region</c> that the article quotes and returns what the region computed.
/// </summary>
public static class KpiSnippets
{
    /// <summary>The December–February NEET average for England's 17-year-old girls, 2025.</summary>
    /// <returns>The average.</returns>
    public static NeetAverage Neet()
    {
        #region neet
        // End-of-month NCCIS figures, December 2024 to February 2025 (England, academic age 17, female).
        NeetMonth[] months =
        [
            new(new YearMonth(2024, 12), Cohort: 312_150, Neet: 11_640, NotKnown: 8_370),
            new(new YearMonth(2025, 1), Cohort: 312_150, Neet: 11_640, NotKnown: 8_370),
            new(new YearMonth(2025, 2), Cohort: 312_150, Neet: 11_640, NotKnown: 8_370),
        ];

        var average = KpiEvaluator.Default.NeetAverage(months, year: 2025).GetResultOrThrow();
        // mean of the counts over the mean of the cohorts; not known over the whole cohort
        Console.WriteLine(average); // 2025: NEET 3.7%, not known 2.7%, NEET or not known 6.4%

        var interval = average.NeetOrNotKnown.Wilson(); // 95% Wilson score interval, as fractions
        #endregion
        return average;
    }

    /// <summary>Shows what bad NCCIS figures give.</summary>
    /// <returns>The problems.</returns>
    public static IReadOnlyList<ValidationError> BadMonths()
    {
        #region neet-validation
        NeetMonth[] twoMonths =
        [
            new(new YearMonth(2024, 12), 6_000, 456, 18),
            new(new YearMonth(2025, 1), 0, 0, 0),
        ];

        var evaluation = KpiEvaluator.Default.NeetAverage(twoMonths);
        foreach (var problem in evaluation.Problems)
        {
            Console.WriteLine(problem);
        }
        // kpi.cohort.zero at /1/cohort: January 2025: the cohort is 0, so no rate can be computed.
        // kpi.neet.missing-month: February 2025 is missing: the average needs all three months, December to February.
        #endregion
        return evaluation.Problems;
    }

    /// <summary>Intervals and gaps.</summary>
    /// <returns>The KS4 disadvantage gap.</returns>
    public static ProportionGap Gap()
    {
        #region gap
        var notDisadvantaged = Proportion.Of(953, 1_000); // 95.3% in a sustained destination
        var disadvantaged = Proportion.Of(861, 1_000); // 86.1%

        var gap = ProportionGap.Between(notDisadvantaged, disadvantaged);
        Console.WriteLine(gap); // 9.2 points (95% CI 6.7 to 11.8), significant

        // Newcombe's own example: 56/70 − 48/80 = 0.2000, 95% CI 0.0524 to 0.3339.
        var example = ProportionGap.Between(Proportion.Of(56, 70), Proportion.Of(48, 80));
        var significant = example.IsSignificant; // true: the interval excludes 0
        #endregion
        return gap;
    }

    /// <summary>Rounding and symbols.</summary>
    /// <returns>A rounded value.</returns>
    public static decimal Rounding()
    {
        #region rounding
        var up = DfeRounding.Round(2.45m, 1); // 2.5: half away from zero, never banker's 2.4
        var down = DfeRounding.Round(-2.45m, 1); // -2.5
        var text = DfeRounding.Format(4m, 1); // "4.0", invariant culture
        var count = DfeRounding.RoundToMultiple(20_013, 10); // 20_010

        var c = GssSymbol.Suppressed.Code(); // "c"
        GssSymbols.TryParse("~", out var legacy); // GssSymbol.Low
        #endregion
        return up;
    }

    /// <summary>A local area's own KPI and catalogue.</summary>
    /// <returns>The catalogue.</returns>
    public static KpiCatalogue Catalogue()
    {
        #region catalogue
        var mentoring = new KpiDefinition("area.mentoring", "Year 10 pupils with a business mentor")
        {
            Numerator = "Year 10 pupils matched with a business mentor",
            Denominator = "Year 10 pupils",
            Breakdowns = [Breakdowns.Disadvantage, Breakdowns.Sex, Breakdowns.Ward],
            Suppression = SuppressionRule.Pupils with { RoundCountsTo = 5 },
            Source = "Area careers hub plan 2025",
        };

        var catalogue = KpiCatalogue
            .DerbyStrategy.With(mentoring) // add a KPI
            .With(KpiDefinitions.NeetOrNotKnown with { Decimals = 2 }) // or change a preset
            .Versioned("kpi.area", "2025.1"); // and say whose catalogue it is
        #endregion
        return catalogue;
    }

    /// <summary>A year of Derby's KPIs, as a report.</summary>
    /// <returns>The report.</returns>
    public static KpiReport Report()
    {
        var england = Neet();
        #region report
        var derby2025 = KpiEvaluator
            .Default.NeetAverage([
                new(new YearMonth(2024, 12), 6_000, 456, 18),
                new(new YearMonth(2025, 1), 6_000, 456, 18),
                new(new YearMonth(2025, 2), 6_000, 456, 18),
            ])
            .GetResultOrThrow();

        var report = KpiReport
            .Builder(
                KpiCatalogue.DerbyStrategy,
                Geography.Derby,
                TimePeriod.ForAcademicYear(new AcademicYear(2024)),
                asAt: new LocalDate(2025, 8, 31)
            )
            .AddNeet(derby2025) // NEET, not known, NEET or not known: 7.6, 0.3, 7.9
            .AddNeet(england, geography: Geography.England) // beside England's figures
            .AddProportion(KpiDefinitions.EntitlementMet.Id, 1_200, 2_000) // 60.0%
            .AddProportion(
                KpiDefinitions.EntitlementMet.Id,
                2,
                40,
                Breakdowns.SenProvision,
                "EHC plan"
            ) // c
            .AddProportion(
                KpiDefinitions.EntitlementMet.Id,
                1_198,
                1_960,
                Breakdowns.SenProvision,
                "No SEN"
            ) // c too
            .AddValue(KpiDefinitions.EncountersDelivered.Id, 27_004)
            .AddSymbol(KpiDefinitions.EmployerVolunteers.Id, GssSymbol.NotAvailable) // x
            .CompareWithPrevious(KpiDefinitions.NeetOrNotKnown.Id, 4.1333m) // worsened: +3.77 points
            .AddTarget(
                new KpiTarget(
                    KpiDefinitions.NeetOrNotKnown.Id,
                    baseline: 4.3m,
                    baselineDate: new LocalDate(2023, 2, 28),
                    target: 3.5m,
                    targetDate: new LocalDate(2025, 2, 28)
                )
            ) // red
            .Build()
            .GetResultOrThrow();

        var json = KpiReportJson.Serialize(report, indented: true);
        var csv = KpiCsv.ToCsv(report); // tidy CSV for explore-education-statistics
        #endregion
        return report;
    }

    /// <summary>Figures straight from Careers.Gatsby and Careers.Encounters.</summary>
    /// <param name="area">The area's benchmark summary.</param>
    /// <param name="rollUp">The entitlement roll-up.</param>
    /// <param name="entitlement">The entitlement result.</param>
    /// <returns>The report.</returns>
    public static Evaluation<KpiReport> Coverage(
        Careers.Gatsby.AreaSummary area,
        Careers.Encounters.EntitlementRollUp rollUp,
        Careers.Encounters.EntitlementResult entitlement
    )
    {
        #region coverage
        var evaluation = KpiEvaluator
            .Default.Report(
                Geography.Derby,
                TimePeriod.ForAcademicYear(new AcademicYear(2024)),
                new LocalDate(2025, 7, 31)
            )
            .AddBenchmarks(area) // average fully achieved, % achieving all eight
            .AddEntitlement(rollUp) // met, met or on track; by disadvantage, SEN, EAL, sex, ward, institution, year
            .AddEncountersDelivered(entitlement) // within the report's period
            .Build();
        #endregion
        return evaluation;
    }

    /// <summary>Targets and year-on-year changes on their own.</summary>
    /// <returns>The assessment.</returns>
    public static TargetAssessment Targets()
    {
        #region targets
        var target = new KpiTarget(
            KpiDefinitions.EntitlementMet.Id,
            baseline: 40m,
            baselineDate: new LocalDate(2023, 9, 1),
            target: 80m,
            targetDate: new LocalDate(2025, 9, 1)
        );
        var expected = target.ExpectedAt(new LocalDate(2024, 9, 1)); // 60.03: a straight line by days
        var assessment = target.Assess(50m, new LocalDate(2024, 9, 1), BetterDirection.Higher); // Amber

        var change = KpiChange.Between(4.26m, 4.84m, BetterDirection.Lower); // Worsened: +0.58 > 0.5
        #endregion
        return assessment;
    }

    /// <summary>Registers the package.</summary>
    /// <param name="services">The services.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection Register(IServiceCollection services)
    {
        var catalogue = Catalogue();
        #region di
        services.AddCareersKpi(options =>
        {
            options.Catalogue = catalogue;
            options.Policy = KpiPolicy.Default with
            {
                Rag = new RagPolicy { GreenTolerance = 0.2m, AmberTolerance = 1.0m },
            };
        });
        // inject KpiEvaluator
        #endregion
        return services;
    }
}
