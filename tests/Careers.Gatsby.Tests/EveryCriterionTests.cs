using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Careers.Gatsby.Tests;

/// <summary>Every criterion of every framework, met and not met.</summary>
public class EveryCriterionTests
{
    public static TheoryData<string> AllCriteria() =>
        new(GatsbyFramework.All.SelectMany(f => f.Criteria).Select(c => c.Id));

    private static (GatsbyFramework Framework, GatsbyCriterion Criterion) Find(string id)
    {
        var framework = GatsbyFramework.All.Single(f => f.TryGetCriterion(id, out _));
        framework.TryGetCriterion(id, out var criterion);
        return (framework, criterion);
    }

    [Theory]
    [MemberData(nameof(AllCriteria))]
    public void DeclaredCriterion_FollowsTheAnswer_LearnerEvidencedCriterion_FollowsTheRecord(
        string id
    )
    {
        var (framework, criterion) = Find(id);

        if (criterion.Evidence == CriterionEvidence.Declared)
        {
            Assert.Equal(CriterionStatus.Met, Declared(framework, id, true));
            Assert.Equal(CriterionStatus.NotMet, Declared(framework, id, false));
        }
        else
        {
            Assert.Equal(CriterionStatus.Met, Evidenced(framework, criterion, withEvidence: true));
            Assert.Equal(
                CriterionStatus.NotMet,
                Evidenced(framework, criterion, withEvidence: false)
            );
        }
    }

    private static CriterionStatus Declared(GatsbyFramework framework, string id, bool answer) =>
        Scenario
            .Criterion(
                GatsbyEvaluator
                    .Default.SelfAssess(
                        framework,
                        new Dictionary<string, bool> { [id] = answer },
                        Scenario.AsAt
                    )
                    .GetResultOrThrow(),
                id
            )
            .Status;

    private static CriterionStatus Evidenced(
        GatsbyFramework framework,
        GatsbyCriterion criterion,
        bool withEvidence
    )
    {
        var requirement = criterion.Requirement!;
        var assessed =
            requirement.DeadlineAge is { } age ? AgeMilestones.Default.YearGroupEndingAtAge(age)
            : requirement.ByEndOfProgramme ? YearGroup.Year13
            : framework.Audience == GatsbyAudience.Schools ? YearGroup.Year9
            : YearGroup.Year12;
        var school = new Scenario();
        var learner = school.Learner("learner", assessed);
        school.ConsideringHigherEducation.Add(learner.Id);
        school.Leavers.Add(
            new LeaverDestinations("leaver", Scenario.ThisYear.PlusYears(-3), withEvidence ? 3 : 2)
        );
        // The 2014 colleges edition asks for a destination for the year after leaving, so a recent leaver is in scope.
        school.Leavers.Add(
            new LeaverDestinations("recent", Scenario.ThisYear.PlusYears(-1), withEvidence ? 1 : 0)
        );
        if (withEvidence)
        {
            school.AdviceRecords.Add(learner.Id);
            var date = new LocalDate(2024, 10, 1);
            var providers = new[]
            {
                Scenario.Provider("sf", OrganisationType.SixthFormCollege),
                Scenario.Provider("fe", OrganisationType.FurtherEducationCollege),
                Scenario.Provider("he", OrganisationType.HigherEducationProvider),
                Scenario.Provider("itp", OrganisationType.IndependentTrainingProvider),
            };
            for (var i = 0; i < 3; i++)
            {
                school.Attend(
                    school.Add(
                        new CareersActivity($"talk{i}", ActivityKind.EmployerTalk, date)
                        {
                            Evidence = Scenario.Everything,
                            CurriculumArea = "Engineering",
                        }
                    ),
                    learner
                );
                school.Attend(school.Activity(ActivityKind.WorkExperience, date), learner);
                school.Attend(
                    school.Activity(
                        ActivityKind.ProviderEncounter,
                        date,
                        Scenario.Everything,
                        providers
                    ),
                    learner
                );
                school.Attend(school.Activity(ActivityKind.HigherEducationVisit, date), learner);
                school.Attend(
                    school.Add(
                        new CareersActivity($"guidance{i}", ActivityKind.GuidanceMeeting, date)
                        {
                            AdviserQualificationLevel = 6,
                        }
                    ),
                    learner
                );
            }
        }

        return Scenario.Criterion(school.Assess(framework), criterion.Id).Status;
    }
}
