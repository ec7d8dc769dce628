using System;
using System.Linq;
using System.Text.Json;
using NodaTime;

namespace Careers.Kpi.Tests;

/// <summary>Edges the other tests do not reach: fractional counts, school geographies in JSON, rule lookups.</summary>
public class EdgeTests
{
    [Fact]
    public void PublishedCounts_FromMeans_AreWholeNumbers_ThenRounded()
    {
        var average = Fixtures.Average([
            new(new YearMonth(2024, 12), 1_000, 100, 4),
            new(new YearMonth(2025, 1), 1_001, 101, 5),
            new(new YearMonth(2025, 2), 1_001, 101, 5),
        ]);
        var pupils = KpiCatalogue.DerbyStrategy.With(
            KpiDefinitions.Neet with
            {
                Suppression = SuppressionRule.Pupils,
            }
        );

        var report = KpiReport
            .Builder(pupils, Geography.Derby, average.TimePeriod, Fixtures.AsAt)
            .AddNeet(average)
            .Build()
            .GetResultOrThrow();
        var neet = report.Figure(KpiDefinitions.Neet.Id)!;

        Assert.Equal(100.6666666666666666666666666667m, neet.Numerator); // 302 / 3
        Assert.Equal(101m, neet.PublishedNumerator); // to a whole number, half away from zero
        Assert.Equal(1_001m, neet.PublishedDenominator); // 1000.67
        Assert.Equal(110m, report.Figure(KpiDefinitions.NeetOrNotKnown.Id)!.PublishedNumerator); // 105.33 → 105 → 110
    }

    [Fact]
    public void Json_WritesSchoolAndWardGeographies_AndNullsForSymbols()
    {
        var school = Geography.Derby.School(Urn.Parse("112977"), "Derby School");
        var ward = Geography.Derby.Ward("E05001770", "Arboretum");
        var report = Fixtures
            .Report()
            .AddProportion(KpiDefinitions.EntitlementMet.Id, 10, 20, geography: school)
            .AddProportion(KpiDefinitions.EntitlementMet.Id, 10, 20, geography: ward)
            .AddSymbol(KpiDefinitions.EmployersEngaged.Id, GssSymbol.NotApplicable)
            .AddValue(KpiDefinitions.EncountersDelivered.Id, 12)
            .Build()
            .GetResultOrThrow();

        using var json = JsonDocument.Parse(KpiReportJson.Serialize(report));
        var figures = json.RootElement.GetProperty("figures");
        var first = figures[0].GetProperty("geography");
        var second = figures[1].GetProperty("geography");
        var symbol = figures[2];
        var count = figures[3];

        Assert.Equal("112977", first.GetProperty("schoolUrn").GetString());
        Assert.Equal("Derby School", first.GetProperty("schoolName").GetString());
        Assert.Equal("831", first.GetProperty("oldLaCode").GetString());
        Assert.False(first.TryGetProperty("wardCode", out _));
        Assert.Equal("E05001770", second.GetProperty("wardCode").GetString());
        Assert.Equal("Arboretum", second.GetProperty("wardName").GetString());
        Assert.False(second.TryGetProperty("schoolUrn", out _));
        Assert.Equal("z", symbol.GetProperty("reported").GetString());
        Assert.Equal(JsonValueKind.Null, symbol.GetProperty("numerator").ValueKind);
        Assert.Equal(12m, count.GetProperty("numerator").GetDecimal());
        Assert.Equal(JsonValueKind.Null, count.GetProperty("denominator").ValueKind);
        Assert.Equal(JsonValueKind.Null, count.GetProperty("interval").ValueKind);
        Assert.Equal("count", count.GetProperty("unit").GetString());
        Assert.False(json.RootElement.GetProperty("area").TryGetProperty("wardCode", out _));
        Assert.False(
            JsonDocument
                .Parse(KpiReportJson.Serialize(report))
                .RootElement.GetProperty("figures")[0]
                .GetProperty("lowReliability")
                .GetBoolean()
        );
    }

    [Fact]
    public void Json_Indented_AndCompact_HoldTheSameDocument()
    {
        var report = OutputTests.YearOfDerby();

        var compact = KpiReportJson.Serialize(report);
        var indented = KpiReportJson.Serialize(report, indented: true);

        Assert.DoesNotContain('\n', compact);
        Assert.Contains('\n', indented);
        Assert.Equal(
            JsonSerializer.Serialize(JsonDocument.Parse(compact).RootElement),
            JsonSerializer.Serialize(JsonDocument.Parse(indented).RootElement)
        );
    }

    [Fact]
    public void Csv_CountRows_HaveZForTheDenominatorAndInterval()
    {
        var report = Fixtures
            .Report()
            .AddValue(KpiDefinitions.EncountersDelivered.Id, 12)
            .Build()
            .GetResultOrThrow();

        var row = KpiCsv.ToCsv(report).Split('\n')[1];

        Assert.EndsWith(",encounters.delivered,12,z,12,z,z", row, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_Write_ToAWriter_IsTheSameText()
    {
        var report = OutputTests.YearOfDerby();
        using var writer = new System.IO.StringWriter(
            System.Globalization.CultureInfo.InvariantCulture
        );

        KpiCsv.Write(writer, report);

        Assert.Equal(KpiCsv.ToCsv(report), writer.ToString());
        Assert.Throws<ArgumentNullException>(() => KpiCsv.Write(null!, report));
        Assert.Throws<ArgumentNullException>(() => KpiReportJson.Write(null!, report));
    }

    [Fact]
    public void Figure_LookupMatchesEveryPart()
    {
        var report = OutputTests.YearOfDerby();
        var met = KpiDefinitions.EntitlementMet.Id;

        Assert.Null(report.Figure(met, Breakdowns.SenProvision, "SEN support"));
        Assert.Null(report.Figure(met, Breakdowns.Sex, "EHC plan"));
        Assert.NotNull(report.Figure(met, Breakdowns.SenProvision, "EHC plan"));
        Assert.Equal(
            "Arboretum",
            report
                .Figure(met, geography: Geography.Derby.Ward("E05001770", "Arboretum"))!
                .Geography.WardName
        );
        Assert.Equal(16, report.Figures.Count);
    }

    [Fact]
    public void Suppressed_Figure_ToStringShowsC_WithoutU()
    {
        var catalogue = KpiCatalogue.DerbyStrategy.With(
            KpiDefinitions.EntitlementMet with
            {
                Suppression = SuppressionRule.Pupils with { LowReliabilityBelow = 100 },
            }
        );
        var figure = KpiReport
            .Builder(catalogue, Geography.Derby, TimePeriod.CalendarYear(2025), Fixtures.AsAt)
            .AddProportion(KpiDefinitions.EntitlementMet.Id, 1, 3, Breakdowns.Sex, "Female")
            .Build()
            .GetResultOrThrow()
            .Figures.Single();

        Assert.False(figure.LowReliability);
        Assert.Equal("encounters.entitlement-met [Derby, sex=Female]: c", figure.ToString());
    }
}
