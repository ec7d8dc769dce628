using System.Linq;
using Careers.Encounters;
using Careers.Snippets;
using Xunit;

namespace Careers.Docs.Tests;

/// <summary>The streaming part of the Careers.Encounters article states values in its code comments; these runs hold it to them.</summary>
public class EncountersSnippetTests
{
    [Fact]
    public void StreamCsv_GivesTheStatusesAndProblemsTheCommentsState()
    {
        var (good, bad) = EncountersSnippets.StreamCsv();

        Assert.True(good.Success);
        Assert.Equal(4, good.Records);
        Assert.Equal(
            [
                ("L1", EntitlementStatus.OnTrack, 2),
                ("L2", EntitlementStatus.AtRisk, 0),
                ("L3", EntitlementStatus.OnTrack, 0),
            ],
            good.Learners.Select(l => (l.LearnerId, l.Status, l.Count))
        );
        Assert.Equal(1, good.NotCounted[NotCountedReason.NotMeaningful]);
        Assert.Equal(1, good.NotCounted[NotCountedReason.WrongKind]);
        Assert.Equal(
            [("csv.year-group", "/rows/5/year_group")],
            bad.Problems.Select(p => (p.Code, p.Path))
        );
        Assert.Empty(bad.Learners);
    }

    [Fact]
    public void StreamUtf8_WorksOutTheSecondMeasure_AndJoinsTheRoll()
    {
        var (result, workplace, disadvantagedMet) = EncountersSnippets.StreamUtf8();

        Assert.True(result.Success);
        Assert.Equal(6, result.Records);
        Assert.Equal(EntitlementStatus.Met, result.Learners[0].Status);
        Assert.Equal(["L1", "L2"], workplace);
        Assert.Equal(["L1"], disadvantagedMet);
        Assert.Equal(-1, result.IndexOf("L9"));
    }
}
