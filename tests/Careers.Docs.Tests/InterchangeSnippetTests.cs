using System.IO;
using System.Linq;
using System.Text;
using Careers.Encounters;
using Careers.Interchange;
using Careers.Snippets;

namespace Careers.Docs.Tests;

/// <summary>The values the Careers.Interchange article's samples state in their comments.</summary>
public class InterchangeSnippetTests
{
    [Fact]
    public void Read_GivesTheLearnersTheCommentsSay()
    {
        var learners = InterchangeSnippets.Read();

        Assert.Equal(["G831400121001", "W831400121002"], learners.Select(l => l.Id));
        Assert.All(learners, l => Assert.Equal(YearGroup.Year9, l.YearGroup));
        Assert.All(learners, l => Assert.Equal(new AcademicYear(2021), l.AcademicYear));
        Assert.True(learners[0].Characteristics.FreeSchoolMealsInLastSixYears);
        Assert.True(learners[0].Characteristics.IsDisadvantaged);
        Assert.True(learners[1].Characteristics.EnglishAsAdditionalLanguage);
        Assert.Equal(SenProvision.SenSupport, learners[1].Characteristics.SenProvision);
        Assert.Equal("derby-moor", learners[0].InstitutionId);
    }

    [Fact]
    public void Stream_ReadsBothPupils()
    {
        var (pupils, problems) = InterchangeSnippets.Stream();

        Assert.Equal(2, pupils);
        Assert.Empty(problems);
    }

    [Fact]
    public void Entitlement_CountsTheTalk()
    {
        var result = InterchangeSnippets.Entitlement();

        Assert.Equal(1, result.Learners[0].Count);
        Assert.Equal(0, result.Learners[1].Count);
    }

    [Fact]
    public void Write_ReadsBack()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(InterchangeSnippets.Write()));

        var file = CtfFile.Read(stream).GetResultOrThrow();

        Assert.Equal(CtfVersion.Ctf21, file.Header.Version);
        Assert.Equal("6", Assert.Single(file.Pupils).NcYearActual);
    }

    [Fact]
    public void Transfer_SendsOneLog_AndMatchesIt()
    {
        var (sent, received) = InterchangeSnippets.Transfer();

        Assert.Single(sent.Pairs);
        Assert.Equal("W831400121002", Assert.Single(sent.PupilsWithoutLog).Upn.ToString());
        Assert.Single(received.Pairs);
        Assert.Empty(received.LogsWithoutPupil);
    }

    [Fact]
    public void SampleFile_ProblemInTheComment_IsWhatTheReaderSays()
    {
        var bad = InterchangeSnippets
            .SampleFile()
            .Replace("<Sex>F</Sex>", "<Sex>Q</Sex>", System.StringComparison.Ordinal);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(bad));

        var problem = Assert.Single(CtfFile.Read(stream).Problems);

        Assert.Equal(
            "ctf.sex.code at /CTfile/CTFpupilData/Pupil/0/Sex: <Sex> is \"Q\"; the codes are M, F and U.",
            $"{problem.Code} at {problem.Path}: {problem.Message}"
        );
    }
}
