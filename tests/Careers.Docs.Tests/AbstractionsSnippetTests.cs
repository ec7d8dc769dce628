using System.Linq;
using Careers.Snippets;
using NodaTime;
using Xunit;

namespace Careers.Docs.Tests;

/// <summary>The Careers.Abstractions article states values in its code comments; these runs hold it to them.</summary>
public class AbstractionsSnippetTests
{
    [Fact]
    public void SelectCohort_QueryAndMemory_SelectYear9LearnersWhoAreDisadvantagedOrHaveSen()
    {
        Learner Pupil(string id, YearGroup year, LearnerCharacteristics characteristics) =>
            new(id, new LocalDate(2010, 1, 1), year, new AcademicYear(2024))
            {
                Characteristics = characteristics,
            };
        var learners = new[]
        {
            Pupil("fsm", YearGroup.Year9, new LearnerCharacteristics { FreeSchoolMeals = true }),
            Pupil("none", YearGroup.Year9, LearnerCharacteristics.None),
            Pupil(
                "sen",
                YearGroup.Year9,
                new LearnerCharacteristics { SenProvision = SenProvision.SenSupport }
            ),
            Pupil("y10", YearGroup.Year10, new LearnerCharacteristics { LookedAfter = true }),
        };

        var (queried, inMemory, first) = AbstractionsSnippets.SelectCohort(learners);

        Assert.Equal(["fsm", "sen"], queried);
        Assert.Equal(queried, inMemory);
        Assert.True(first);
    }

    [Fact]
    public void SelectOwnCohort_AppliesTheSdksRulesToTheProductsEntity()
    {
        var pupils = new[]
        {
            new AbstractionsSnippets.PupilRecord("a", "4001", 11, false, true, false, "N", false),
            new AbstractionsSnippets.PupilRecord("b", "4001", 11, false, false, false, "E", true),
            new AbstractionsSnippets.PupilRecord("c", "4001", 11, false, false, true, "N", false),
            new AbstractionsSnippets.PupilRecord("d", "4001", 10, true, true, false, "N", false),
            new AbstractionsSnippets.PupilRecord("e", "4002", 11, true, true, false, "N", false),
        };

        Assert.Equal(["a", "c"], AbstractionsSnippets.SelectOwnCohort(pupils.AsQueryable()));
    }

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
