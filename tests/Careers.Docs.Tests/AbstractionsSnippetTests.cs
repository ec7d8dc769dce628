using System.Linq;
using Careers.Snippets;
using NodaTime;
using Xunit;

namespace Careers.Docs.Tests;

/// <summary>The cohort samples of the Careers.Abstractions article select what their comments say.</summary>
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
}
