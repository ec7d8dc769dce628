using System.IO;
using System.Linq;
using System.Text;

namespace Careers.Interchange.Tests;

/// <summary>Files that are not a CTF, or that attack the reader: problems, never exceptions, never a resolved entity.</summary>
public class HostileCtfTests
{
    [Fact]
    public void WrongRoot_IsAProblem()
    {
        var file = CtfSamples.Read("<?xml version=\"1.0\"?><ATfile><Header/></ATfile>");

        var problem = Assert.Single(file.Problems);
        Assert.Equal(("ctf.root", ""), (problem.Code, problem.Path));
        Assert.Contains("ATfile", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void MissingHeader_IsAProblem()
    {
        var file = CtfSamples.Read("<CTfile><CTFpupilData/></CTfile>");

        Assert.Equal("ctf.header.missing", Assert.Single(file.Problems).Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not xml at all")]
    [InlineData("<CTfile>")]
    [InlineData("<CTfile><Header><DocumentName>Common Transfer File</DocumentName>")]
    public void NotXmlOrCutShort_IsAnXmlProblem(string xml)
    {
        var file = CtfSamples.Read(xml);

        Assert.Equal("ctf.xml", Assert.Single(file.Problems).Code);
    }

    [Fact]
    public void TruncatedInsideAPupil_IsAnXmlProblem_AfterTheGoodPupils()
    {
        var whole = CtfSamples.File(
            CtfSamples.HeaderXml(),
            CtfSamples.FullPupilXml(CtfSamples.Upn1),
            CtfSamples.FullPupilXml(CtfSamples.Upn2)
        );
        var cut = whole.Substring(
            0,
            whole.LastIndexOf("<SENhistory>", System.StringComparison.Ordinal) + 20
        );
        using var stream = CtfSamples.Stream(cut);
        using var reader = CtfReader.Open(stream).GetResultOrThrow();

        var pupils = reader.ReadPupils().ToList();

        Assert.Equal(2, pupils.Count);
        Assert.True(pupils[0].Success);
        Assert.Equal("ctf.xml", Assert.Single(pupils[1].Problems).Code);
        Assert.False(reader.Completed);
        Assert.False(CtfSamples.Read(cut).Success);
    }

    [Fact]
    public void EveryPrefixOfAFile_GivesProblemsOrTheFile_NeverAnException()
    {
        var whole = CtfSamples.File(
            CtfSamples.HeaderXml(),
            CtfSamples.FullPupilXml(CtfSamples.Upn1)
        );
        for (var length = 0; length < whole.Length; length += 7)
        {
            var file = CtfSamples.Read(whole.Substring(0, length));
            Assert.False(file.Success, $"A file cut at {length} characters was read as complete.");
        }

        Assert.True(CtfSamples.Read(whole).Success);
    }

    [Fact]
    public void ContentAfterTheRoot_IsAProblem()
    {
        var xml = CtfSamples.File(CtfSamples.HeaderXml()) + "<CTfile/>";

        Assert.Equal("ctf.xml", Assert.Single(CtfSamples.Read(xml).Problems).Code);
    }

    [Fact]
    public void DuplicateUpn_IsAProblemOnTheSecondPupil()
    {
        var xml = CtfSamples.File(
            CtfSamples.HeaderXml(),
            CtfSamples.MinimalPupilXml(CtfSamples.Upn1.ToString()),
            CtfSamples.MinimalPupilXml(CtfSamples.Upn2.ToString()),
            CtfSamples.MinimalPupilXml(CtfSamples.Upn1.ToString().ToLowerInvariant())
        );

        var problem = Assert.Single(CtfSamples.Read(xml).Problems);

        Assert.Equal(
            ("ctf.upn.duplicate", "/CTfile/CTFpupilData/Pupil/2/UPN"),
            (problem.Code, problem.Path)
        );
    }

    [Fact]
    public void Dtd_IsRefused()
    {
        var xml =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE CTfile [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>\n"
            + CtfSamples
                .File(CtfSamples.HeaderXml())
                .Substring("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n".Length);

        var problem = Assert.Single(CtfSamples.Read(xml).Problems);

        Assert.Equal("ctf.xml", problem.Code);
        Assert.Contains("DTD", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ExternalEntity_IsRefused_NeverResolved()
    {
        var secret = Path.GetTempFileName();
        File.WriteAllText(secret, "A831200115001");
        try
        {
            var xml =
                $"<?xml version=\"1.0\"?>\n<!DOCTYPE CTfile [<!ENTITY upn SYSTEM \"file://{secret}\">]>\n<CTfile>"
                + CtfSamples.HeaderXml()
                + "<CTFpupilData><Pupil><UPN>&upn;</UPN></Pupil></CTFpupilData></CTfile>";

            var file = CtfSamples.Read(xml);

            Assert.Equal("ctf.xml", Assert.Single(file.Problems).Code);
            Assert.DoesNotContain(
                file.Problems,
                p => p.Message.Contains("A831200115001", System.StringComparison.Ordinal)
            );
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void TextWhereElementsBelong_AndElementsWhereTextBelongs_AreProblems()
    {
        var pupil = CtfSamples
            .MinimalPupilXml(CtfSamples.Upn1.ToString())
            .Replace("<BasicDetails>", "<BasicDetails>stray text", System.StringComparison.Ordinal);
        Assert.True(CtfSamples.Read(CtfSamples.File(CtfSamples.HeaderXml(), pupil)).Success);

        var nested = CtfSamples
            .MinimalPupilXml(CtfSamples.Upn1.ToString())
            .Replace("<Sex>M</Sex>", "<Sex><Code>M</Code></Sex>", System.StringComparison.Ordinal);
        var file = CtfSamples.Read(CtfSamples.File(CtfSamples.HeaderXml(), nested));
        Assert.False(file.Success);
        Assert.Equal("ctf.xml", Assert.Single(file.Problems).Code);
    }

    [Fact]
    public void NonUtf8Bytes_AreAProblem()
    {
        var bytes = Encoding.UTF8.GetBytes(CtfSamples.File(CtfSamples.HeaderXml())).ToList();
        bytes.InsertRange(bytes.Count / 2, new byte[] { 0xFF, 0xFE, 0xC0 });
        using var stream = new MemoryStream(bytes.ToArray());

        Assert.Equal("ctf.xml", Assert.Single(CtfFile.Read(stream).Problems).Code);
    }
}
