using System.Collections.Generic;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Careers.Tests.Identifiers;

public class JsonTests
{
    public sealed record Holder(
        Upn Upn,
        Urn Urn,
        Ukprn Ukprn,
        LaEstab LaEstab,
        AcademicYear Year,
        YearGroup YearGroup
    );

    [Fact]
    public void Serialize_WritesCanonicalStrings()
    {
        var holder = new Holder(
            Upn.Parse("h801200001001"),
            Urn.FromNumber(12345),
            Ukprn.FromNumber(10001234),
            LaEstab.Parse("831/4001"),
            new AcademicYear(2024),
            YearGroup.Year7
        );

        var json = JsonSerializer.Serialize(holder);

        Assert.Equal(
            """{"Upn":"H801200001001","Urn":"012345","Ukprn":"10001234","LaEstab":"8314001","Year":"2024/25","YearGroup":"Year 7"}""",
            json
        );
    }

    [Fact]
    public void Deserialize_InvalidValue_ThrowsJsonExceptionWithTheReason()
    {
        var exception = Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize<Upn>("\"Q000000000001\"")
        );

        Assert.Contains("expected P", exception.Message, System.StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Urn>("12345"));
    }

    [Fact]
    public void Identifiers_WorkAsDictionaryKeys()
    {
        var counts = new Dictionary<Urn, int> { [Urn.FromNumber(112233)] = 3 };

        var json = JsonSerializer.Serialize(counts);
        var back = JsonSerializer.Deserialize<Dictionary<Urn, int>>(json)!;

        Assert.Equal("""{"112233":3}""", json);
        Assert.Equal(3, back[Urn.FromNumber(112233)]);
    }

    [Fact]
    public void Null_RoundTripsAsNull()
    {
        Assert.Null(JsonSerializer.Deserialize<Upn>("null"));
    }

    [Property]
    public Property EveryValueType_RoundTripsThroughJson()
    {
        var holders =
            from upn in Gen.OneOf(Generators.PermanentUpn, Generators.TemporaryUpn)
            from urn in Generators.Urn
            from ukprn in Generators.Ukprn
            from laEstab in Generators.LaEstab
            from year in Generators.AcademicYear
            from yearGroup in Generators.YearGroup
            select new Holder(upn, urn, ukprn, laEstab, year, yearGroup);
        return Prop.ForAll(
            holders.ToArbitrary(),
            holder => JsonSerializer.Deserialize<Holder>(JsonSerializer.Serialize(holder)) == holder
        );
    }
}
