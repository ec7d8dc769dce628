using System;
using System.Linq;
using Careers.Encounters;
using Careers.Gatsby;
using Careers.Kpi;
using Careers.SampleHost.Dashboard;

namespace Careers.SampleHost.Tests;

/// <summary>
/// How the dashboard writes its figures, without a browser: nice axis steps, DfE rounding of percentages, £ with
/// thousands separators, a word for every enum value the pages show, and a CSV a spreadsheet cannot run.
/// </summary>
public sealed class DashboardFormatTests
{
    [Theory]
    [InlineData(411, Svg.Whole)] // 102.75 pupils a tick, as the issue saw
    [InlineData(6963.83, Svg.Pounds)]
    [InlineData(100, Svg.Percent)]
    [InlineData(8, Svg.Whole)]
    [InlineData(7.3, Svg.Percent)]
    [InlineData(0.3, Svg.Plain)]
    [InlineData(3, Svg.Whole)]
    [InlineData(27_813, Svg.Pounds)]
    [InlineData(1, Svg.Whole)]
    public void Scale_StepIsNice_TopCoversTheMaximum_WholeForCounts(double max, string unit)
    {
        var (top, step) = Svg.Scale(max, unit);
        Assert.True(DashboardBrowserTests.IsNice((decimal)step), $"step {step}");
        Assert.True(top >= max, $"top {top} below {max}");
        Assert.True(top / step <= 8, $"{top / step} ticks");
        if (unit is Svg.Whole or Svg.Pounds)
        {
            Assert.Equal(Math.Round(step), step);
        }

        var ticks = Svg.TickValues(top, step);
        Assert.Equal(0, ticks[0]);
        Assert.Equal(top, ticks[^1]);
    }

    [Theory]
    [InlineData(1.45, Svg.Percent, "1.5%")] // a double just below 1.45: DfE rounds the decimal, half away from zero
    [InlineData(12.25, Svg.Percent, "12.3%")]
    [InlineData(33.333333333333336, Svg.Percent, "33.3%")]
    [InlineData(4, Svg.Percent, "4.0%")]
    [InlineData(6963.835, Svg.Pounds, "£6,963.84")]
    [InlineData(1234567, Svg.Pounds, "£1,234,567.00")]
    [InlineData(1234.5, Svg.Whole, "1,235")]
    [InlineData(2.125, Svg.Plain, "2.13")]
    public void Format_RoundsAsDfeDoes_WithSeparators(double value, string unit, string expected) =>
        Assert.Equal(expected, Svg.Format(value, unit));

    [Fact]
    public void Format_Missing_SaysNotMeasured_OrTheGssSymbol()
    {
        Assert.Equal("not measured", Svg.Format((double?)null, Svg.Percent));
        Assert.Equal(
            "c",
            Svg.Format(new Datum("a", null, Symbol: GssSymbol.Suppressed), Svg.Percent)
        );
        Assert.Equal(
            "z",
            Svg.Format(new Datum("a", null, Symbol: GssSymbol.NotApplicable), Svg.Percent)
        );
    }

    [Fact]
    public void Labels_EveryValueOfEveryEnumShown_HasWordsOfItsOwn()
    {
        static void Each<T>(Func<T, string> label)
            where T : struct, Enum
        {
            foreach (var value in Enum.GetValues<T>())
            {
                var text = label(value);
                Assert.False(string.IsNullOrWhiteSpace(text), $"{typeof(T).Name}.{value}");
                // Not the raw name: "NotMet" is written "not met".
                Assert.NotEqual(value.ToString(), text);
            }
        }

        Each<DutyStatus>(Labels.Of);
        Each<ProviderAccessVerdict>(Labels.Of);
        Each<ProviderAccessPhase>(Labels.Of);
        Each<PhaseStatus>(Labels.Of);
        Each<RagStatus>(Labels.Of);
        Each<EntitlementStatus>(Labels.Of);
        Each<BenchmarkStatus>(Labels.Of);
        Each<InstitutionType>(Labels.Of);
        Assert.All(Breakdowns.Equity, b => Assert.NotEqual(b, Labels.Breakdown(b)));
    }

    [Fact]
    public void Csv_QuotesCommas_AndDisarmsFormulas()
    {
        var csv = SchoolsTable.Csv([
            new SchoolRow(
                "a",
                ["=HYPERLINK(\"x\")", "b", "1", "2", "3", "4", "5", "£1,234.00"],
                []
            ),
        ]);
        var line = csv.Split("\r\n")[1];
        Assert.Equal("\"'=HYPERLINK(\"\"x\"\")\",b,1,2,3,4,5,\"£1,234.00\"", line);
    }

    [Fact]
    public void Gap_Verdict_SaysWhichWayOnlyWhenSignificant()
    {
        Assert.Equal(
            "significantly below the rest",
            new GapRow("g", -5, -8, -2, true, null).Verdict
        );
        Assert.Equal("significantly above the rest", new GapRow("g", 5, 2, 8, true, null).Verdict);
        Assert.Equal("not significant", new GapRow("g", 1, -2, 4, false, null).Verdict);
        Assert.Equal("c", new GapRow("g", null, null, null, false, GssSymbol.Suppressed).Verdict);
    }
}
