using System;
using System.Linq;
using System.Text.Json;
using NodaTime;

namespace Careers.Kpi.Tests;

/// <summary>The JSON and CSV shapes, held by approved files, and the rules every output keeps.</summary>
public class OutputTests
{
    /// <summary>Derby's 2024/25 report: NEET beside England, a suppressed group, a ward, a survey, a target.</summary>
    internal static KpiReport YearOfDerby()
    {
        var arboretum = Geography.Derby.Ward("E05001770", "Arboretum");
        return KpiReport
            .Builder(
                KpiCatalogue.DerbyStrategy,
                Geography.Derby,
                TimePeriod.ForAcademicYear(new AcademicYear(2024)),
                new LocalDate(2025, 8, 31)
            )
            .AddNeet(Fixtures.Average(Fixtures.Derby(2025)))
            .AddNeet(Fixtures.Average(Fixtures.EnglandFemale17()), geography: Geography.England)
            .AddProportion(KpiDefinitions.EntitlementMet.Id, 1_200, 2_000)
            .AddProportion(
                KpiDefinitions.EntitlementMet.Id,
                2,
                40,
                Breakdowns.SenProvision,
                "EHC plan"
            )
            .AddProportion(
                KpiDefinitions.EntitlementMet.Id,
                1_198,
                1_960,
                Breakdowns.SenProvision,
                "No SEN"
            )
            .AddProportion(KpiDefinitions.EntitlementMet.Id, 150, 300, geography: arboretum)
            .AddGap(
                KpiDefinitions.DestinationsDisadvantageGap.Id,
                Proportion.Of(953, 1_000),
                Proportion.Of(861, 1_000)
            )
            .AddValue(KpiDefinitions.AverageBenchmarksFullyAchieved.Id, 5.955m, 22)
            .AddValue(KpiDefinitions.EncountersDelivered.Id, 27_004)
            .AddSymbol(KpiDefinitions.EmployerVolunteers.Id, GssSymbol.NotAvailable)
            .AddProportion(
                KpiDefinitions.SurveyAgreement.Id,
                412,
                530,
                KpiBreakdowns.Respondent,
                "Parents, carers"
            )
            .AddProportion(
                KpiDefinitions.SurveyAgreement.Id,
                3,
                10_000,
                KpiBreakdowns.Respondent,
                "Employers \"cornerstone\""
            )
            .CompareWithPrevious(KpiDefinitions.NeetOrNotKnown.Id, 4.1333m)
            .AddTarget(
                new KpiTarget(
                    KpiDefinitions.NeetOrNotKnown.Id,
                    4.3m,
                    new LocalDate(2023, 2, 28),
                    3.5m,
                    new LocalDate(2025, 2, 28)
                )
            )
            .Build()
            .GetResultOrThrow();
    }

    [Fact]
    public void Json_MatchesTheApprovedShape()
    {
        Approvals.Verify(
            "derby-2024-25.json.txt",
            KpiReportJson.Serialize(YearOfDerby(), indented: true) + "\n"
        );
    }

    [Fact]
    public void Csv_MatchesTheApprovedFile()
    {
        Approvals.Verify("derby-2024-25.csv.txt", KpiCsv.ToCsv(YearOfDerby()));
    }

    [Fact]
    public void Json_NeverCarriesTheNumbersOfASuppressedFigure()
    {
        using var json = JsonDocument.Parse(KpiReportJson.Serialize(YearOfDerby()));
        var suppressed = json
            .RootElement.GetProperty("figures")
            .EnumerateArray()
            .Where(f => f.GetProperty("reported").GetString() == "c")
            .ToArray();

        Assert.Equal(2, suppressed.Length); // EHC plan, and No SEN by secondary suppression
        Assert.All(
            suppressed,
            f =>
            {
                Assert.Equal(JsonValueKind.Null, f.GetProperty("numerator").ValueKind);
                Assert.Equal(JsonValueKind.Null, f.GetProperty("denominator").ValueKind);
                Assert.Equal(JsonValueKind.Null, f.GetProperty("value").ValueKind);
                Assert.Equal(JsonValueKind.Null, f.GetProperty("interval").ValueKind);
                Assert.Equal("c", f.GetProperty("symbol").GetString());
            }
        );
        Assert.Equal(KpiReportJson.Schema, json.RootElement.GetProperty("schema").GetString());
    }

    [Fact]
    public void Csv_HasTheExploreEducationStatisticsColumns_AndQuotes()
    {
        var lines = KpiCsv.ToCsv(YearOfDerby()).Split('\n');

        Assert.Equal(
            "time_period,time_identifier,geographic_level,country_code,country_name,old_la_code,new_la_code,la_name,ward_code,ward_name,kpi,sen_provision,respondent,numerator,denominator,value,ci_lower,ci_upper",
            lines[0]
        );
        Assert.Contains(lines, l => l.Contains("\"Parents, carers\"", StringComparison.Ordinal));
        Assert.Contains(
            lines,
            l => l.Contains("\"Employers \"\"cornerstone\"\"\"", StringComparison.Ordinal)
        );
        Assert.Contains(
            lines,
            l => l.EndsWith(",EHC plan,Total,c,c,c,c,c", StringComparison.Ordinal)
        );
        Assert.Equal("", lines[^1]);
    }

    [Fact]
    public void Csv_NationalOnly_HasNoLocalAuthorityColumns()
    {
        var report = KpiReport
            .Builder(
                KpiCatalogue.DerbyStrategy,
                Geography.England,
                TimePeriod.CalendarYear(2025),
                Fixtures.AsAt
            )
            .AddNeet(Fixtures.Average(Fixtures.EnglandFemale17()))
            .Build()
            .GetResultOrThrow();

        var lines = KpiCsv.ToCsv(report).Split('\n');

        Assert.Equal(
            "time_period,time_identifier,geographic_level,country_code,country_name,kpi,numerator,denominator,value,ci_lower,ci_upper",
            lines[0]
        );
        Assert.Equal(
            "2025,Calendar year,National,E92000001,England,neet.16-17.neet-or-not-known,20010,312150,6.4,6.3,6.5",
            lines[3]
        );
    }

    [Fact]
    public void Csv_SchoolRows_HaveSchoolColumns()
    {
        var school = Geography.Derby.School(Urn.Parse("112977"), "Derby School");
        var report = Fixtures
            .Report()
            .AddProportion(KpiDefinitions.EntitlementMet.Id, 10, 20, geography: school)
            .Build()
            .GetResultOrThrow();

        var lines = KpiCsv.ToCsv(report).Split('\n');

        Assert.Contains("school_urn,school_name", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("ward_code", lines[0], StringComparison.Ordinal);
        Assert.Contains(
            ",School,E92000001,England,831,E06000015,Derby,112977,Derby School,",
            lines[1],
            StringComparison.Ordinal
        );
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("cr\rhere", "\"cr\rhere\"")]
    [InlineData(" padded", "\" padded\"")]
    [InlineData("padded ", "\"padded \"")]
    [InlineData("", "")]
    public void Quote_FollowsRfc4180(string field, string expected)
    {
        Assert.Equal(expected, KpiCsv.Quote(field));
    }

    [Fact]
    public void Writers_RejectNulls()
    {
        Assert.Throws<ArgumentNullException>(() => KpiCsv.ToCsv(null!));
        Assert.Throws<ArgumentNullException>(() => KpiReportJson.Serialize(null!));
        Assert.Throws<ArgumentNullException>(() => KpiCsv.Quote(null!));
    }
}
