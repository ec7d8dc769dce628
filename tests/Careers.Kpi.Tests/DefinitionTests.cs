using System;
using System.Collections.Generic;
using System.Linq;

namespace Careers.Kpi.Tests;

public class DefinitionTests
{
    [Fact]
    public void Catalogue_CoversTheStrategysKpis()
    {
        var ids = KpiCatalogue.DerbyStrategy.Definitions.Select(d => d.Id).ToArray();

        Assert.Equal("kpi.derby.2020-2025", KpiCatalogue.DerbyStrategy.Id);
        Assert.Equal("1.0", KpiCatalogue.DerbyStrategy.Version);
        Assert.Equal(
            [
                "neet.16-17.neet",
                "neet.16-17.not-known",
                "neet.16-17.neet-or-not-known",
                "destinations.ks4.sustained",
                "destinations.ks4.disadvantage-gap",
                "institutions.careers-programme-published",
                "institutions.provider-access-statement",
                "gatsby.average-benchmarks-fully-achieved",
                "gatsby.achieving-all-eight",
                "encounters.entitlement-met",
                "encounters.entitlement-met-or-on-track",
                "encounters.delivered",
                "guidance.level6-by-16",
                "careers-leader.hours-per-week",
                "primary.crl-schools",
                "primary.crl-pupils",
                "employers.engaged",
                "employers.smes-engaged",
                "employers.volunteers",
                "survey.agreement",
            ],
            ids
        );
        Assert.Equal("kpi.derby.2020-2025@1.0 (20 KPIs)", KpiCatalogue.DerbyStrategy.ToString());
    }

    [Fact]
    public void Presets_CarryTheirConventions()
    {
        var neet = KpiDefinitions.NeetOrNotKnown;

        Assert.Equal(BetterDirection.Lower, neet.Better);
        Assert.Equal(KpiPeriod.DecemberToFebruaryAverage, neet.Period);
        Assert.Equal(SuppressionRule.Neet, neet.Suppression);
        Assert.Equal(1, neet.Decimals);
        Assert.True(neet.IsProportion);
        Assert.Contains(Breakdowns.Ward, neet.Breakdowns);
        Assert.Equal(KpiUnit.PercentagePoints, KpiDefinitions.DestinationsDisadvantageGap.Unit);
        Assert.False(KpiDefinitions.DestinationsDisadvantageGap.IsProportion);
        Assert.Equal(2, KpiDefinitions.AverageBenchmarksFullyAchieved.Decimals);
        Assert.Equal(KpiUnit.Count, KpiDefinitions.EncountersDelivered.Unit);
        Assert.Null(KpiDefinitions.EncountersDelivered.Denominator);
        Assert.All(
            KpiDefinitions.All.Where(d =>
                d.Suppression == SuppressionRule.Pupils && d.IsProportion
            ),
            d =>
                Assert.Superset(
                    new HashSet<string>(Breakdowns.Equity.Take(4)),
                    new HashSet<string>(d.Breakdowns)
                )
        );
        Assert.All(
            KpiDefinitions.All,
            d => Assert.Contains("§", d.Source + "§", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void LocalDefinition_ByInitialiser_HasTheDefaults()
    {
        var local = new KpiDefinition("area.mentoring", "Pupils with a mentor");

        Assert.Equal(KpiUnit.Percentage, local.Unit);
        Assert.Equal(BetterDirection.Higher, local.Better);
        Assert.Equal(KpiPeriod.AcademicYear, local.Period);
        Assert.Equal(1, local.Decimals);
        Assert.Empty(local.Breakdowns);
        Assert.Equal(SuppressionRule.Pupils, local.Suppression);
        Assert.Equal("Local definition.", local.Source);
        Assert.Equal("Not stated.", local.Numerator);
        Assert.Null(local.Denominator);
        Assert.Null(local.StableWithin);
        Assert.Equal("area.mentoring (Pupils with a mentor)", local.ToString());
    }

    [Fact]
    public void LocalDefinition_RejectsBadValues()
    {
        Assert.Throws<ArgumentException>(() => new KpiDefinition("Area.X", "x"));
        Assert.Throws<ArgumentException>(() => new KpiDefinition("area x", "x"));
        Assert.Throws<ArgumentException>(() => new KpiDefinition("area,x", "x"));
        Assert.Throws<ArgumentException>(() => new KpiDefinition(" ", "x"));
        Assert.Throws<ArgumentException>(() => new KpiDefinition("area.x", " "));
        var d = new KpiDefinition("area.x", "x");
        Assert.Throws<ArgumentException>(() => d with { Id = "A" });
        Assert.Throws<ArgumentException>(() => d with { Name = "" });
        Assert.Throws<ArgumentException>(() => d with { Numerator = "" });
        Assert.Throws<ArgumentException>(() => d with { Denominator = " " });
        Assert.Throws<ArgumentOutOfRangeException>(() => d with { Unit = (KpiUnit)9 });
        Assert.Throws<ArgumentOutOfRangeException>(() => d with { Better = (BetterDirection)9 });
        Assert.Throws<ArgumentOutOfRangeException>(() => d with { Period = (KpiPeriod)9 });
        Assert.Throws<ArgumentOutOfRangeException>(() => d with { Decimals = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => d with { Decimals = 7 });
        Assert.Equal(6, (d with { Decimals = 6 }).Decimals);
        Assert.Equal(0, (d with { Decimals = 0 }).Decimals);
        Assert.Throws<ArgumentException>(() => d with { Breakdowns = ["Sex"] });
        Assert.Throws<ArgumentException>(() => d with { Breakdowns = ["sex", "sex"] });
        Assert.Throws<ArgumentException>(() => d with { Breakdowns = [""] });
        Assert.Throws<ArgumentException>(() => d with { Breakdowns = ["free-meals"] });
        Assert.Equal(
            ["year_group", "ks4"],
            (d with { Breakdowns = ["year_group", "ks4"] }).Breakdowns
        );
        Assert.Throws<ArgumentNullException>(() => d with { Suppression = null! });
        Assert.Throws<ArgumentException>(() => d with { Source = "" });
        Assert.Throws<ArgumentOutOfRangeException>(() => d with { StableWithin = -0.1m });
        Assert.Equal(0m, (d with { StableWithin = 0m }).StableWithin);
    }

    [Fact]
    public void Catalogue_With_AddsOrReplaces_AndVersioned_Renames()
    {
        var local = new KpiDefinition("area.mentoring", "Pupils with a mentor");
        var stricter = KpiDefinitions.NeetOrNotKnown with { Decimals = 2 };

        var catalogue = KpiCatalogue
            .DerbyStrategy.With(local)
            .With(stricter)
            .Versioned("kpi.area", "2025.1");

        Assert.Equal(21, catalogue.Definitions.Count);
        Assert.Same(local, catalogue["area.mentoring"]);
        Assert.Equal(2, catalogue[KpiDefinitions.NeetOrNotKnown.Id].Decimals);
        Assert.Equal(2, catalogue.Definitions.ToList().FindIndex(d => d.Id == stricter.Id));
        Assert.Equal("kpi.area", catalogue.Id);
        Assert.Equal("2025.1", catalogue.Version);
        Assert.Equal(20, KpiCatalogue.DerbyStrategy.Definitions.Count);
    }

    [Fact]
    public void Catalogue_RejectsDuplicatesAndMissingIds()
    {
        Assert.Throws<ArgumentException>(() =>
            new KpiCatalogue("c", "1", [KpiDefinitions.Neet, KpiDefinitions.Neet])
        );
        Assert.Throws<ArgumentException>(() => new KpiCatalogue("", "1", []));
        Assert.Throws<ArgumentException>(() => new KpiCatalogue("c", " ", []));
        Assert.Throws<KeyNotFoundException>(() => KpiCatalogue.DerbyStrategy["nope"]);
        Assert.False(KpiCatalogue.DerbyStrategy.TryGet(null, out _));
    }

    [Fact]
    public void Policy_StableBand_ByUnit()
    {
        var policy = KpiPolicy.Default;

        Assert.Equal(0.5m, policy.StableWithin(KpiDefinitions.NeetOrNotKnown));
        Assert.Equal(0.5m, policy.StableWithin(KpiDefinitions.DestinationsDisadvantageGap));
        Assert.Equal(0m, policy.StableWithin(KpiDefinitions.EncountersDelivered));
        Assert.Equal(
            100m,
            policy.StableWithin(KpiDefinitions.EncountersDelivered with { StableWithin = 100m })
        );
        Assert.Equal(ConfidenceLevel.NinetyFive, policy.Confidence);
        Assert.True(policy.ShowLow);
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            policy with
            {
                StableWithinPercentagePoints = -1m,
            }
        );
        Assert.Throws<ArgumentNullException>(() => policy with { Confidence = null! });
        Assert.Throws<ArgumentNullException>(() => policy with { Rag = null! });
        Assert.Throws<ArgumentNullException>(() => policy with { Destinations = null! });
        Assert.Equal(
            1m,
            (policy with { StableWithinPercentagePoints = 1m }).StableWithin(KpiDefinitions.Neet)
        );
    }
}
