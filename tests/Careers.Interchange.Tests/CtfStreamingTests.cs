using System.Linq;

namespace Careers.Interchange.Tests;

/// <summary>The reader as a stream: where the pupils are, what ends the reading, and what it says when it ends early.</summary>
public class CtfStreamingTests
{
    private static string Pupil(Upn upn) => CtfSamples.MinimalPupilXml(upn.ToString());

    [Fact]
    public void OnlyPupilsUnderCTFpupilData_AreRead_EverythingElseIsSkipped()
    {
        var xml =
            "<CTfile>"
            + CtfSamples.HeaderXml()
            + "<Other><Pupil><UPN>x</UPN></Pupil></Other>"
            + "stray text<CTFpupilData>more text<Summary><Pupil/></Summary>"
            + Pupil(CtfSamples.Upn1)
            + "<Note/>"
            + Pupil(CtfSamples.Upn2)
            + "</CTFpupilData>"
            + "<Trailer><Pupil><UPN>y</UPN></Pupil></Trailer>"
            + "</CTfile>";
        using var stream = CtfSamples.Stream(xml);
        using var reader = CtfReader.Open(stream).GetResultOrThrow();

        Assert.Equal(0, reader.PupilsRead);
        Assert.False(reader.Completed);
        var pupils = reader.ReadPupils().Select(p => p.GetResultOrThrow().Upn).ToList();

        Assert.Equal([CtfSamples.Upn1, CtfSamples.Upn2], pupils);
        Assert.Equal(2, reader.PupilsRead);
        Assert.True(reader.Completed);
        Assert.Null(reader.ReadNext());
        Assert.Empty(reader.Warnings);
    }

    [Fact]
    public void SecureSettings_RefuseDtds_ResolveNothing_IgnoreCommentsAndLeaveTheStreamOpen()
    {
        var settings = CtfReader.SecureSettings();

        Assert.Equal(System.Xml.DtdProcessing.Prohibit, settings.DtdProcessing);
        Assert.Equal(1024, settings.MaxCharactersFromEntities);
        Assert.True(settings.IgnoreComments);
        Assert.True(settings.IgnoreWhitespace);
        Assert.True(settings.IgnoreProcessingInstructions);
        Assert.False(settings.CloseInput);
    }

    [Fact]
    public void TheStream_StaysOpen_AfterTheReaderAndAfterAProblem()
    {
        using var stream = CtfSamples.Stream(CtfSamples.File(CtfSamples.HeaderXml()));
        using (var reader = CtfReader.Open(stream).GetResultOrThrow())
        {
            Assert.Empty(reader.ReadPupils());
        }

        Assert.True(stream.CanRead);
        using var bad = CtfSamples.Stream("<ATfile/>");
        Assert.False(CtfReader.Open(bad).Success);
        Assert.True(bad.CanRead);
    }

    [Theory]
    [InlineData("<CTFpupilData/>")]
    [InlineData("<CTFpupilData></CTFpupilData>")]
    [InlineData("")]
    public void NoPupils_IsAnEmptyFile(string pupilData)
    {
        var file = CtfSamples.Read(
            "<CTfile>" + CtfSamples.HeaderXml() + pupilData + "<After/></CTfile>"
        );

        Assert.Empty(file.GetResultOrThrow().Pupils);
    }

    [Fact]
    public void PupilsAfterAnEmptyPupilData_AreNotPupils()
    {
        var xml =
            "<CTfile>"
            + CtfSamples.HeaderXml()
            + "<CTFpupilData/><Other>"
            + Pupil(CtfSamples.Upn1)
            + "</Other></CTfile>";

        Assert.Empty(CtfSamples.Read(xml).GetResultOrThrow().Pupils);
    }

    [Fact]
    public void MaxPupils_IsTheMostRead_AndOneMoreStopsTheReading()
    {
        var xml = CtfSamples.File(
            CtfSamples.HeaderXml(),
            Pupil(CtfSamples.Upn1),
            Pupil(CtfSamples.Upn2),
            Pupil(CtfSamples.Former)
        );

        Assert.Equal(
            3,
            CtfSamples
                .Read(xml, new CtfReadOptions { MaxPupils = 3 })
                .GetResultOrThrow()
                .Pupils.Count
        );

        using var stream = CtfSamples.Stream(xml);
        using var reader = CtfReader
            .Open(stream, new CtfReadOptions { MaxPupils = 2 })
            .GetResultOrThrow();
        var read = reader.ReadPupils().ToList();

        Assert.Equal(3, read.Count);
        Assert.True(read[0].Success && read[1].Success);
        var problem = Assert.Single(read[2].Problems);
        Assert.Equal(
            (
                "ctf.pupils.too-many",
                "/CTfile/CTFpupilData/Pupil/2",
                "The file holds more than 2 pupils, the most this reader takes (CtfReadOptions.MaxPupils)."
            ),
            (problem.Code, problem.Path, problem.Message)
        );
        Assert.Equal(2, reader.PupilsRead);
        Assert.False(reader.Completed);
        Assert.Null(reader.ReadNext());
    }

    [Fact]
    public void NotWellFormed_SaysWhereInTheFile()
    {
        var xml =
            "<CTfile>"
            + CtfSamples.HeaderXml().Replace("\n", "", System.StringComparison.Ordinal)
            + "\n<CTFpupilData>\n<Pupil><UPN>x</Pupil>";
        using var stream = CtfSamples.Stream(xml);
        using var reader = CtfReader.Open(stream).GetResultOrThrow();

        var problem = Assert.Single(reader.ReadNext()!.Problems);

        Assert.Equal(("ctf.xml", ""), (problem.Code, problem.Path));
        Assert.StartsWith(
            "The file is not well-formed XML at line 3, position 16: ",
            problem.Message,
            System.StringComparison.Ordinal
        );
        Assert.False(reader.Completed);
        Assert.Null(reader.ReadNext());
    }

    [Fact]
    public void CutShort_IsAnXmlProblem_SayingSo()
    {
        var whole = CtfSamples.File(CtfSamples.HeaderXml(), Pupil(CtfSamples.Upn1));
        var cut = whole.Substring(
            0,
            whole.IndexOf("</CTFpupilData>", System.StringComparison.Ordinal)
        );

        var problem = Assert.Single(CtfSamples.Read(cut).Problems);

        Assert.Equal("ctf.xml", problem.Code);
        Assert.StartsWith(
            "The file is not well-formed XML",
            problem.Message,
            System.StringComparison.Ordinal
        );
    }

    [Fact]
    public void EmptyFile_IsAnXmlProblem_WithoutALine()
    {
        var problem = Assert.Single(CtfSamples.Read("").Problems);

        Assert.Equal(("ctf.xml", ""), (problem.Code, problem.Path));
        Assert.StartsWith(
            "The file is not well-formed XML: ",
            problem.Message,
            System.StringComparison.Ordinal
        );
    }
}
