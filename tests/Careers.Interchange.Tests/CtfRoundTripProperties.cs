using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Careers.Interchange.Tests;

/// <summary>Any pupil set written as a CTF reads back to the same pupils, and maps to the same learners.</summary>
public class CtfRoundTripProperties
{
    private static readonly string[] NcYears = [.. CtfCodes.NcYears.Keys];
    private static readonly string[] Ethnicities = [.. CtfCodes.Ethnicities.Keys];
    private static readonly string[] Languages =
    [
        "ENG",
        "ENB",
        "NOT",
        "REF",
        "OTB",
        "PNJ",
        "POL",
        "URDU",
    ];

    private static Gen<T[]> UpTo<T>(Gen<T> gen, int most) =>
        from n in Gen.Choose(0, most)
        from items in gen.ArrayOf(n)
        select items;

    private static Gen<LocalDate> DateGen { get; } =
        Gen.Choose(0, 365 * 40).Select(d => new LocalDate(1990, 1, 1).PlusDays(d));

    private static Gen<LocalDate?> OptionalDateGen { get; } =
        Gen.OneOf(Gen.Constant<LocalDate?>(null), DateGen.Select(d => (LocalDate?)d));

    private static Gen<Upn> UpnGen { get; } =
        from la in Gen.Choose(201, 938)
        from estab in Gen.Choose(1000, 7999)
        from year in Gen.Choose(0, 99)
        from serial in Gen.Choose(0, 999)
        select Upn.Create(la, estab, year, serial);

    private static Gen<LaEstab> LaEstabGen { get; } =
        from la in Gen.Choose(201, 938)
        from estab in Gen.Choose(1000, 7999)
        select LaEstab.Create(la, estab);

    private static Gen<CtfFsmPeriod> FsmGen { get; } =
        from start in DateGen
        from days in Gen.OneOf(Gen.Constant(-1), Gen.Choose(0, 2000))
        select new CtfFsmPeriod(start, days < 0 ? null : start.PlusDays(days));

    private static Gen<CtfSenRecord> SenGen { get; } =
        from start in DateGen
        from provision in Gen.Elements(
            SenProvision.None,
            SenProvision.SenSupport,
            SenProvision.EhcPlan
        )
        select new CtfSenRecord(start, provision);

    private static Gen<CtfSchoolHistoryEntry> SchoolGen { get; } =
        from laEstab in LaEstabGen
        from name in Gen.Elements<string?>(
            null,
            "Ashgate Primary",
            "St Mary's & St John's <Juniors>",
            "Ysgol Gymraeg ŵ"
        )
        from entry in OptionalDateGen
        from days in Gen.Choose(0, 3000)
        from hasLeaving in Gen.Elements(true, false)
        select new CtfSchoolHistoryEntry(laEstab)
        {
            Name = name,
            Entry = entry,
            Leaving = hasLeaving ? (entry ?? new LocalDate(2000, 1, 1)).PlusDays(days) : null,
        };

    private static Gen<CtfPupil> PupilGen { get; } =
        from upn in UpnGen
        from dob in DateGen
        from former in Gen.OneOf(Gen.Constant<Upn?>(null), UpnGen.Select(u => (Upn?)u))
        from sex in Gen.Elements(Sex.Female, Sex.Male)
        from nc in Gen.OneOf(
            Gen.Constant<string?>(null),
            Gen.Elements(NcYears).Select(n => (string?)n)
        )
        from ethnicity in Gen.OneOf(
            Gen.Constant<string?>(null),
            Gen.Elements(Ethnicities).Select(e => (string?)e)
        )
        from language in Gen.OneOf(
            Gen.Constant<string?>(null),
            Gen.Elements(Languages).Select(l => (string?)l)
        )
        from lookedAfter in Gen.Elements(true, false)
        from fsm in UpTo(FsmGen, 3)
        from sen in UpTo(SenGen, 3)
        from schools in UpTo(SchoolGen, 3)
        select new CtfPupil(upn, dob)
        {
            FormerUpn = former,
            Sex = sex,
            NcYearActual = nc,
            Ethnicity = ethnicity,
            FirstLanguage = language,
            LookedAfter = lookedAfter,
            FreeSchoolMeals = [.. fsm],
            SenHistory = [.. sen],
            SchoolHistory = [.. schools],
        };

    // Distinct UPNs: a file holds each pupil once.
    private static Gen<CtfPupil[]> PupilSetGen { get; } =
        UpTo(PupilGen, 30).Select(ps => ps.GroupBy(p => p.Upn).Select(g => g.First()).ToArray());

    private static Gen<CtfHeader> HeaderGen { get; } =
        from major in Gen.Choose(20, 21)
        from minor in Gen.Choose(0, 3)
        from seconds in Gen.Choose(0, 86_399)
        from date in DateGen
        from source in LaEstabGen
        from destination in Gen.OneOf(
            Gen.Constant<LaEstab?>(null),
            LaEstabGen.Select(l => (LaEstab?)l)
        )
        from year in Gen.OneOf(
            Gen.Constant<int?>(null),
            Gen.Choose(2000, 2030).Select(y => (int?)y)
        )
        select new CtfHeader(
            new CtfVersion(major, minor),
            date.AtMidnight().PlusSeconds(seconds),
            new CtfSchool(source)
            {
                Name = "Source",
                AcademicYear = year is { } y ? new AcademicYear(y) : null,
            }
        )
        {
            Destination = destination is null ? null : new CtfSchool(destination),
        };

    private static CtfFile RoundTrip(CtfHeader header, CtfPupil[] pupils)
    {
        using var stream = new MemoryStream();
        CtfWriter.Write(stream, header, pupils);
        stream.Position = 0;
        return CtfFile.Read(stream).GetResultOrThrow();
    }

    [Property(MaxTest = 200)]
    public Property AnyPupilSet_ReadsBackTheSame() =>
        Prop.ForAll(
            HeaderGen.ToArbitrary(),
            PupilSetGen.ToArbitrary(),
            (header, pupils) =>
            {
                var read = RoundTrip(header, pupils);
                return read.Header == header
                    && read.Pupils.SequenceEqual(pupils)
                    && read.Warnings.Count == 0;
            }
        );

    [Property(MaxTest = 200)]
    public Property AnyPupilSet_MapsToTheSameLearners_AfterARoundTrip() =>
        Prop.ForAll(
            HeaderGen.ToArbitrary(),
            PupilSetGen.ToArbitrary(),
            (header, pupils) =>
            {
                var options = CtfMappingOptions.ForHeader(header) with { YearGroupTolerance = 20 };
                var before = pupils.Select(p => CtfMapping.ToLearner(p, options)).ToList();
                var after = RoundTrip(header, pupils)
                    .Pupils.Select(p => CtfMapping.ToLearner(p, options))
                    .ToList();
                return before
                    .Zip(after)
                    .All(pair =>
                        pair.First.Success == pair.Second.Success
                        && (pair.First.Result is null || pair.First.Result == pair.Second.Result)
                        && pair.First.Problems.SequenceEqual(pair.Second.Problems)
                    );
            }
        );

    [Fact]
    public void TenThousandSyntheticPupils_ReadBackTheSame()
    {
        var pupils = CtfSamples.Synthetic(0, 10_000).ToArray();
        Assert.Equal(10_000, pupils.Select(p => p.Upn).Distinct().Count());

        var read = RoundTrip(CtfSamples.Header(), pupils);

        Assert.Equal(pupils, read.Pupils);
    }
}
