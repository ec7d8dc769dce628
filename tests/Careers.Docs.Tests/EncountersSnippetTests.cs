using System.Linq;
using Careers.Encounters;
using Careers.Snippets;
using Xunit;

namespace Careers.Docs.Tests;

/// <summary>The Careers.Encounters article states values in its code comments; these runs hold it to them.</summary>
public class EncountersSnippetTests
{
    [Fact]
    public void ProviderAccess_GivesThePupilAndCohortVerdictsTheCommentsState()
    {
        var result = EncountersSnippets.ProviderAccess();
        var phaseOne = result.Learners[1].Phase(ProviderAccessPhase.One);

        Assert.Equal(PhaseStatus.Compliant, phaseOne.Status);
        Assert.Equal(["pe-1", "pe-2"], phaseOne.Counted);
        Assert.Equal(
            [
                "sf-1 (2024-03-14) does not count: no provider of approved technical education or apprenticeships.",
            ],
            phaseOne.Reasons
        );
        var sameCollege = result.Learners[2].Phase(ProviderAccessPhase.One);
        Assert.Equal(PhaseStatus.Missed, sameCollege.Status);
        Assert.Equal(
            "2 qualifying encounters, all with the same provider or providers (fe-1); in the first and second key phases a pupil must not meet exactly the same ones each time.",
            sameCollege.Reasons[0]
        );
        Assert.Equal(
            [
                "1 qualifying encounter of the 2 needed between 2023-09-01 and 2025-02-28.",
                "evening (2024-11-20) does not count: not during the school day.",
            ],
            result.Learners[3].Phase(ProviderAccessPhase.Two).Reasons
        );
        Assert.Equal(
            PhaseStatus.NotAttended,
            result.Learners[4].Phase(ProviderAccessPhase.Three).Status
        );
        var first = result.Cohorts.First(c => c.Phase == ProviderAccessPhase.One);
        Assert.Equal(("Year 8 in 2019/20", DutyStatus.NotMet), (first.Cohort, first.Status));
        Assert.Empty(first.Occasions);
        var y9s = result.Cohorts.Single(c => c.Cohort == "Year 8 in 2023/24");
        Assert.Equal(["pe-1", "pe-2", "pe-3"], y9s.Occasions);
        Assert.Equal(DutyStatus.Met, y9s.Status);
        Assert.Equal(["y9-2"], y9s.Missed);
        var y8s = result.Cohorts.Single(c => c.Cohort == "Year 8 in 2024/25");
        Assert.Equal(DutyStatus.InProgress, y8s.Status);
        Assert.Equal(["y8-1"], y8s.Outstanding);
        var sixthForm = result.Cohorts.Single(c => c.Cohort == "Year 12 in 2023/24");
        Assert.Equal(["pe-5", "pe-6"], sixthForm.Occasions);
        Assert.Equal(DutyStatus.Met, sixthForm.Status);
        Assert.Equal(["y13-1"], sixthForm.NotAttended);
        Assert.Equal(ProviderAccessVerdict.NotMet, result.Verdict);
    }

    [Fact]
    public void Statement_MissesTheItemsTheCommentsState()
    {
        var (complete, missing) = EncountersSnippets.Statement();

        Assert.False(complete);
        Assert.Equal(["grounds", "premises", "duties"], missing.Select(i => i.Item));
    }

    [Fact]
    public void StreamCsv_GivesTheStatusesAndProblemsTheCommentsState()
    {
        var (evaluation, bad) = EncountersSnippets.StreamCsv();

        Assert.True(evaluation.Success);
        var good = evaluation.Result;
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
        Assert.False(bad.Success);
        Assert.Null(bad.Result);
    }

    [Fact]
    public async System.Threading.Tasks.Task StreamAsync_CountsTheRepeatAsADuplicate()
    {
        var result = await EncountersSnippets.StreamAsync();

        Assert.Equal(
            (EntitlementStatus.OnTrack, 2),
            (result.Learners[0].Status, result.Learners[0].Count)
        );
        Assert.Equal(1, result.NotCounted[NotCountedReason.Duplicate]);
    }

    [Fact]
    public void StreamUtf8_WorksOutTheSecondMeasure_AndJoinsTheRoll()
    {
        var (result, workplace, disadvantagedMet) = EncountersSnippets.StreamUtf8();

        Assert.Equal(6, result.Records);
        Assert.Equal(EntitlementStatus.Met, result.Learners[0].Status);
        Assert.Equal(["L1", "L2"], workplace);
        Assert.Equal(["L1"], disadvantagedMet);
        Assert.Equal(-1, result.IndexOf("L9"));
    }
}
