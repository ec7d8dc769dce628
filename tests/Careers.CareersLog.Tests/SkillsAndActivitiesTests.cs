using System.Linq;
using Careers.Encounters;
using NodaTime;
using Xunit;

namespace Careers.CareersLog.Tests;

public class SkillsAndActivitiesTests
{
    private static SkillEntry Skill(string id, int year, EssentialSkill skill, int step) =>
        new(
            id,
            new LocalDate(year, 6, 1),
            YearGroup.Year5,
            LogSamples.Teacher,
            skill,
            step,
            SkillAssessor.Teacher
        );

    [Fact]
    public void SkillsProfile_HasTheLatestStepOfEachSkill_AndTheChangeSinceADate()
    {
        var log = new CareersLogDocument(
            LogLearner.WithUpn(LogSamples.Upn),
            [LogSamples.Primary],
            [
                Skill("a", 2021, EssentialSkill.Teamwork, 3),
                Skill("b", 2023, EssentialSkill.Teamwork, 7),
                Skill("c", 2022, EssentialSkill.Teamwork, 5),
                Skill("d", 2022, EssentialSkill.Listening, 2),
                Skill("e", 2030, EssentialSkill.Listening, 9),
            ]
        );
        var profile = SkillsProfile.Of(log, new LocalDate(2024, 1, 1));
        Assert.Equal(8, profile.Skills.Count);
        Assert.Equal(new LocalDate(2024, 1, 1), profile.AsAt);
        var teamwork = profile[EssentialSkill.Teamwork];
        Assert.Equal(7, teamwork.LatestStep);
        Assert.Equal(["a", "c", "b"], teamwork.Records.Select(r => r.Id));
        Assert.Equal(5, teamwork.StepOn(new LocalDate(2022, 12, 31)));
        Assert.Null(teamwork.StepOn(new LocalDate(2021, 5, 31)));
        Assert.Equal(2, teamwork.ChangeSince(new LocalDate(2022, 12, 31)));
        Assert.Equal(7, teamwork.ChangeSince(new LocalDate(2020, 1, 1)));
        Assert.Equal(2, profile[EssentialSkill.Listening].LatestStep);
        Assert.Null(profile[EssentialSkill.Creativity].LatestStep);
        Assert.Null(profile[EssentialSkill.Creativity].ChangeSince(new LocalDate(2020, 1, 1)));
        Assert.Equal(EssentialSkill.AimingHigh, profile.Skills[5].Skill);
    }

    [Fact]
    public void SkillsProfile_TwoRecordsOnOneDay_CountAsTheHigherStep()
    {
        var log = new CareersLogDocument(
            LogLearner.WithUpn(LogSamples.Upn),
            [LogSamples.Primary],
            [
                Skill("a", 2021, EssentialSkill.Speaking, 6),
                Skill("b", 2021, EssentialSkill.Speaking, 4),
            ]
        );
        Assert.Equal(
            6,
            SkillsProfile.Of(log, new LocalDate(2022, 1, 1))[EssentialSkill.Speaking].LatestStep
        );
    }

    [Fact]
    public void Activities_FromALog_FeedTheEntitlement_WithoutRekeying()
    {
        var log = LogSamples.FullLog();
        var records = CareersLogActivities.From("L1", log).GetResultOrThrow();
        Assert.Equal(
            ["log:L1:p-2", "ACT-17", "log:L1:s-2", "log:L1:s-3", "log:L1:s-4"],
            records.Activities.Select(a => a.Id)
        );
        Assert.Equal(
            records.Activities.Select(a => a.Id),
            records.Participations.Select(p => p.ActivityId)
        );
        Assert.All(records.Participations, p => Assert.Equal("L1", p.LearnerId));
        var talk = records.Activities[1];
        Assert.Equal(
            (ActivityKind.EmployerTalk, new LocalDate(2024, 1, 17), Duration.FromMinutes(50)),
            (talk.Kind, talk.Date, talk.Duration)
        );
        Assert.Equal("name:ROLLS-ROYCE", Assert.Single(talk.Organisations).Id);
        Assert.Equal(
            MeaningfulEvidence.LearningOutcomes
                | MeaningfulEvidence.TwoWayInteraction
                | MeaningfulEvidence.ActiveParticipation,
            records.Participations[1].Evidence
        );
        var provider = records.Activities[3];
        Assert.True(provider.DuringSchoolDay);
        var organisation = Assert.Single(provider.Organisations);
        Assert.Equal(
            ("ukprn:10001919", OrganisationType.Other, true),
            (
                organisation.Id,
                organisation.Type,
                organisation.OffersApprovedTechnicalEducationOrApprenticeships
            )
        );
        Assert.Equal(6, records.Activities[4].AdviserQualificationLevel);
        Assert.Equal(ActivityKind.CareerRelatedLearningSession, records.Activities[0].Kind);
        Assert.Equal(Duration.FromHours(1), records.Activities[0].Duration);

        var learner = new Learner(
            "L1",
            new LocalDate(2012, 5, 14),
            YearGroup.Year7,
            new AcademicYear(2023)
        );
        var entitlement = new EntitlementEvaluator(EncounterPolicy.DerbyOpportunityArea)
            .Evaluate(
                ActivityRecord
                    .Create([learner], records.Activities, records.Participations)
                    .GetResultOrThrow(),
                new LocalDate(2025, 7, 20)
            )
            .GetResultOrThrow();
        Assert.Equal(1, Assert.Single(entitlement.Learners).Count);
    }

    [Fact]
    public void Activities_AHigherEducationVisit_IsNotAnApprovedProvider()
    {
        var log = LogSamples
            .PrimaryLog()
            .Add(
                new ProviderEncounterEntry(
                    "u-1",
                    new LocalDate(2025, 1, 1),
                    YearGroup.Year9,
                    LogSamples.Teacher,
                    ActivityKind.HigherEducationVisit,
                    new LogOrganisation("University of Derby")
                )
            );
        var organisation = CareersLogActivities
            .From("L1", log)
            .GetResultOrThrow()
            .Activities.Last()
            .Organisations.Single();
        Assert.Equal(
            ("name:UNIVERSITY OF DERBY", OrganisationType.HigherEducationProvider, false),
            (
                organisation.Id,
                organisation.Type,
                organisation.OffersApprovedTechnicalEducationOrApprenticeships
            )
        );
    }

    [Fact]
    public void Activities_FromManyLogs_ShareTheSchoolsActivity_AndKeepEachLearnersEvidence()
    {
        var a = LogSamples.FullLog();
        var b = new CareersLogDocument(
            LogLearner.Pseudonymous("B"),
            [LogSamples.Secondary],
            [
                new EmployerEncounterEntry(
                    "x",
                    new LocalDate(2024, 1, 17),
                    YearGroup.Year7,
                    LogSamples.Learner,
                    ActivityKind.EmployerTalk,
                    ["Rolls-Royce"]
                )
                {
                    ActivityId = "ACT-17",
                    Meaningful = MeaningfulEvidence.LearningOutcomes,
                },
            ]
        );
        var records = CareersLogActivities.From([("A", a), ("B", b)]).GetResultOrThrow();
        Assert.Single(records.Activities, x => x.Id == "ACT-17");
        Assert.Equal(
            MeaningfulEvidence.LearningOutcomes,
            records.Participations.Single(p => p.LearnerId == "B").Evidence
        );
    }

    [Fact]
    public void Activities_OneActivityIdWithDifferentDates_IsAProblem()
    {
        var b = new CareersLogDocument(
            LogLearner.Pseudonymous("B"),
            [LogSamples.Secondary],
            [
                new EmployerEncounterEntry(
                    "x",
                    new LocalDate(2024, 1, 18),
                    YearGroup.Year7,
                    LogSamples.Learner,
                    ActivityKind.Mentoring,
                    ["Rolls-Royce"]
                )
                {
                    ActivityId = "ACT-17",
                },
            ]
        );
        var problem = Assert.Single(
            CareersLogActivities.From([("A", LogSamples.FullLog()), ("B", b)]).Problems
        );
        Assert.Equal(
            ("log.activity-mismatch", "/entries/0/activityId"),
            (problem.Code, problem.Path)
        );
        Assert.Contains("Learner 'B'", problem.Message, System.StringComparison.Ordinal);
        Assert.Contains("2024-01-17", problem.Message, System.StringComparison.Ordinal);
    }
}
