using System.Linq;
using Careers.Snippets;
using Xunit;

namespace Careers.Docs.Tests;

/// <summary>The Careers.Abstractions article states values in its code comments; these runs hold it to them.</summary>
public class AbstractionsSnippetTests
{
    [Fact]
    public void MakeRecord_LooksUp_AndRefusesBadRecordsWithTheProblemsTheArticleLists()
    {
        var (record, indexOfL2, ofL1, visit, yearGroups, problems) =
            AbstractionsSnippets.MakeRecord();

        Assert.Equal(2, record.Learners.Count);
        Assert.Equal(1, indexOfL2);
        Assert.Equal(2, ofL1);
        Assert.Equal(ActivityKind.WorkplaceVisit, visit?.Kind);
        Assert.Equal([YearGroup.Year9, YearGroup.Year10], yearGroups);
        Assert.Equal(
            [
                ("learner.duplicate-id", "/learners/1", "Learner id 'L1' appears more than once."),
                (
                    "activity.date-range",
                    "/activities/0/date",
                    "Activity 'act-3' is dated 0001-01-01, outside the supported range 1900-09-01 to 9999-08-31."
                ),
                (
                    "participation.unknown-activity",
                    "/participations/0",
                    "No activity has the id 'act-9'."
                ),
            ],
            problems.Select(p => (p.Code, p.Path, p.Message))
        );
    }
}
