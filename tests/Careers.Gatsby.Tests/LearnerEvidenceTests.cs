using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Careers.Gatsby.Tests;

public class LearnerEvidenceTests
{
    private static readonly GatsbyFramework Schools2014 = GatsbyFramework.Edition2014Schools;
    private static readonly GatsbyFramework Schools2024 = GatsbyFramework.Edition2024Schools;

    [Fact]
    public void B5_CoveragePerYearGroup_NamesWhoStillNeedAnEncounter()
    {
        var school = new Scenario();
        var year10 = school.Learners("y10-", YearGroup.Year10, 4).ToList();
        var year9 = school.Learners("y9-", YearGroup.Year9, 2).ToList();
        school.Attend(
            school.Activity(ActivityKind.EmployerTalk, new LocalDate(2024, 11, 5)),
            year10.Take(1).Concat(year9)
        );

        var b5 = Scenario.Criterion(school.Assess(Schools2014), "2014.schools.B5.1");

        Assert.Equal(CriterionStatus.NotMet, b5.Status);
        var (y9, y10) = (b5.Coverage[0], b5.Coverage[1]);
        Assert.Equal(
            (YearGroup.Year9, 2, 2, 1m, CoverageBand.All, true),
            (y9.YearGroup!.Value, y9.InScope, y9.Meeting, y9.Share, y9.Band, y9.IsAssessed)
        );
        Assert.Equal(
            (4, 1, 0.25m, CoverageBand.AFew),
            (y10.InScope, y10.Meeting, y10.Share, y10.Band)
        );
        Assert.Equal(["y10-2", "y10-3", "y10-4"], y10.Lacking);
        Assert.Equal(
            "Year 10: 3 of 4 learners still need at least one meaningful employer encounter this academic year.",
            y10.Explanation
        );
        Assert.Equal(
            "Year 9: all 2 learners have at least one meaningful employer encounter this academic year.",
            y9.Explanation
        );
        Assert.Equal(
            "Not met: 3 of 6 learners (50.0%) in Year 9, Year 10 have at least one meaningful employer encounter this academic year; Year 10 is at 25.0%, below the threshold of 100.0%.",
            b5.Explanation
        );
    }

    [Fact]
    public void B5_OnlyThisAcademicYearCounts_OnThe31AugustAnd1SeptemberBoundary()
    {
        var school = new Scenario();
        var lastYear = school.Learner("last-year", YearGroup.Year8);
        var thisYear = school.Learner("this-year", YearGroup.Year8);
        school.Attend(
            school.Activity(ActivityKind.EmployerTalk, new LocalDate(2024, 8, 31)),
            lastYear
        );
        school.Attend(
            school.Activity(ActivityKind.EmployerTalk, new LocalDate(2024, 9, 1)),
            thisYear
        );

        var group = Scenario
            .Criterion(school.Assess(Schools2014), "2014.schools.B5.1")
            .Coverage.Single();

        Assert.Equal(["last-year"], group.Lacking);
    }

    [Fact]
    public void ActivityNotMeaningful_DoesNotCount_AndTheLearnersOwnEvidenceCompletesIt()
    {
        var school = new Scenario();
        var a = school.Learner("a", YearGroup.Year7);
        var b = school.Learner("b", YearGroup.Year7);
        var talk = school.Activity(
            ActivityKind.EmployerTalk,
            new LocalDate(2024, 10, 1),
            MeaningfulEvidence.LearningOutcomes | MeaningfulEvidence.TwoWayInteraction
        );
        school.Attend(talk, a);
        school.Add(
            new Participation(talk.Id, b.Id) { Evidence = MeaningfulEvidence.ActiveParticipation }
        );

        var group = Scenario
            .Criterion(school.Assess(Schools2014), "2014.schools.B5.1")
            .Coverage.Single();

        Assert.Equal(["a"], group.Lacking);
    }

    [Fact]
    public void ActivityAfterTheAsAtDate_IsAProblem_OrIgnoredWhenThePolicySaysSo()
    {
        var school = new Scenario();
        var learner = school.Learner("a", YearGroup.Year7);
        school.Attend(
            school.Activity(ActivityKind.EmployerTalk, new LocalDate(2025, 3, 2)),
            learner
        );

        var rejected = GatsbyEvaluator.Default.Assess(
            Schools2014,
            new Dictionary<string, bool>(),
            school.Record(),
            school.Benchmarks(),
            Scenario.AsAt
        );
        var ignored = school.Assess(
            Schools2014,
            GatsbyPolicy.Default with
            {
                FutureActivities = FutureActivityHandling.Ignore,
            }
        );

        var problem = Assert.Single(rejected.Problems);
        Assert.Equal(("activity.after-as-at", "/activities/0"), (problem.Code, problem.Path));
        Assert.Equal(
            "Activity 'A1' is dated 2025-03-02, after the as-at date 2025-03-01; remove it or score as at a later date.",
            problem.Message
        );
        Assert.Equal(
            ["a"],
            Scenario.Criterion(ignored, "2014.schools.B5.1").Coverage.Single().Lacking
        );
        Assert.Equal(
            CriterionStatus.Met,
            Scenario
                .Criterion(
                    school.Assess(Schools2014, asAt: new LocalDate(2025, 3, 2)),
                    "2014.schools.B5.1"
                )
                .Status
        );
    }

    [Fact]
    public void B6_ByTheAgeOf16_IsJudgedOnYear11_AndCountsAnExperienceAfterThe16thBirthday()
    {
        var school = new Scenario();
        var y11 = school.Learner("y11", YearGroup.Year11, new LocalDate(2009, 1, 15)); // 16 on 15 January 2025
        var y10 = school.Learner("y10", YearGroup.Year10);
        var y12 = school.Learner("y12", YearGroup.Year12);
        school.Attend(school.Activity(ActivityKind.WorkExperience, new LocalDate(2025, 2, 1)), y11);

        var result = school.Assess(Schools2014);
        var by16 = Scenario.Criterion(result, "2014.schools.B6.1");

        Assert.Equal(CriterionStatus.Met, by16.Status);
        Assert.Equal(["Year 10", "Year 11"], by16.Coverage.Select(g => g.Name));
        Assert.Equal([false, true], by16.Coverage.Select(g => g.IsAssessed));
        Assert.Equal(["y10"], by16.Coverage[0].Lacking);
        Assert.DoesNotContain(by16.Coverage, g => g.Lacking.Contains(y12.Id));
        _ = y10;
    }

    [Fact]
    public void B6_EditionsDiffer_OneExperienceBy16MeetsThe2014EditionButNot2024()
    {
        var school = new Scenario();
        var learner = school.Learner("y11", YearGroup.Year11);
        school.Attend(
            school.Activity(ActivityKind.WorkplaceVisit, new LocalDate(2024, 10, 1)),
            learner
        );

        Assert.Equal(
            CriterionStatus.Met,
            Scenario.Criterion(school.Assess(Schools2014), "2014.schools.B6.1").Status
        );
        Assert.Equal(
            CriterionStatus.NotMet,
            Scenario.Criterion(school.Assess(Schools2024), "2024.schools.B6.1").Status
        );

        var local = GatsbyPolicy.Default with
        {
            MinimumCounts = new Dictionary<string, int> { ["2024.schools.B6.1"] = 1 },
        };
        Assert.Equal(
            CriterionStatus.Met,
            Scenario.Criterion(school.Assess(Schools2024, local), "2024.schools.B6.1").Status
        );
    }

    [Fact]
    public void B6_PartTimeJobsNeverCount_AndCountForB5OnlyWhenThePolicySays()
    {
        var school = new Scenario();
        var learner = school.Learner("y11", YearGroup.Year11);
        school.Attend(
            school.Activity(ActivityKind.PartTimeJob, new LocalDate(2024, 10, 1)),
            learner
        );

        var standard = school.Assess(Schools2014);
        var optedIn = school.Assess(
            Schools2014,
            GatsbyPolicy.Default with
            {
                PartTimeWorkCountsAsEmployerEncounter = true,
            }
        );

        Assert.Equal(
            CriterionStatus.NotMet,
            Scenario.Criterion(standard, "2014.schools.B6.1").Status
        );
        Assert.Equal(
            CriterionStatus.NotMet,
            Scenario.Criterion(standard, "2014.schools.B5.1").Status
        );
        Assert.Equal(
            CriterionStatus.NotMet,
            Scenario.Criterion(optedIn, "2014.schools.B6.1").Status
        );
        Assert.Equal(CriterionStatus.Met, Scenario.Criterion(optedIn, "2014.schools.B5.1").Status);
    }

    [Fact]
    public void WorkplaceExperience_CountsAsAnEmployerEncounter_UnlessThePolicySaysNot()
    {
        var school = new Scenario();
        var learner = school.Learner("y9", YearGroup.Year9);
        school.Attend(
            school.Activity(ActivityKind.WorkShadowing, new LocalDate(2024, 10, 1)),
            learner
        );

        Assert.Equal(
            CriterionStatus.Met,
            Scenario.Criterion(school.Assess(Schools2014), "2014.schools.B5.1").Status
        );
        Assert.Equal(
            CriterionStatus.NotMet,
            Scenario
                .Criterion(
                    school.Assess(
                        Schools2014,
                        GatsbyPolicy.Default with
                        {
                            WorkplaceExperiencesCountAsEmployerEncounters = false,
                        }
                    ),
                    "2014.schools.B5.1"
                )
                .Status
        );
    }

    [Fact]
    public void WorkplaceExperience_MeaningfulOnlyByTheBenchmark6Test_CountsForB5()
    {
        var school = new Scenario();
        var learner = school.Learner("y9", YearGroup.Year9);
        var extensiveOnly = Scenario.Workplace2014 & ~MeaningfulEvidence.TwoWayInteraction;
        school.Attend(
            school.Activity(ActivityKind.WorkExperience, new LocalDate(2024, 10, 1), extensiveOnly),
            learner
        );

        Assert.Equal(
            CriterionStatus.Met,
            Scenario.Criterion(school.Assess(Schools2014), "2014.schools.B5.1").Status
        );
    }

    [Fact]
    public void AnyProviderOfferingApprenticeships_IsAnApprenticeshipProvider()
    {
        var school = new Scenario();
        var learner = school.Learner("y11", YearGroup.Year11);
        var collegeWithApprenticeships = new ActivityOrganisation(
            "fe",
            "College",
            OrganisationType.FurtherEducationCollege
        )
        {
            OffersApprovedTechnicalEducationOrApprenticeships = true,
        };
        school.Attend(
            school.Activity(
                ActivityKind.ProviderEncounter,
                new LocalDate(2024, 10, 1),
                Scenario.Provider2014,
                collegeWithApprenticeships,
                Scenario.Provider("sf", OrganisationType.SchoolSixthForm),
                Scenario.Provider("he", OrganisationType.HigherEducationProvider)
            ),
            learner
        );

        Assert.Equal(
            CriterionStatus.Met,
            Scenario.Criterion(school.Assess(Schools2014), "2014.schools.B7.1").Status
        );
    }

    [Fact]
    public void B6_By18_IsNotApplicable_InASchoolWithoutASixthForm()
    {
        var school = new Scenario();
        school.Learner("y11", YearGroup.Year11);

        var result = school.Assess(Schools2014);
        var by18 = Scenario.Criterion(result, "2014.schools.B6.2");

        Assert.Equal(CriterionStatus.NotApplicable, by18.Status);
        Assert.Equal("No learners in scope, so the criterion does not apply.", by18.Explanation);
        Assert.Equal(
            (0, 1),
            (result.Benchmark(6).CriteriaMet, result.Benchmark(6).CriteriaApplicable)
        );
    }

    [Fact]
    public void B7_NeedsEveryKindOfProvider_AndAnEmployerOfferingApprenticeshipsIsOne()
    {
        var school = new Scenario();
        var all = school.Learner("all", YearGroup.Year11);
        var three = school.Learner("three", YearGroup.Year11);
        var fair = school.Activity(
            ActivityKind.ProviderEncounter,
            new LocalDate(2024, 10, 1),
            Scenario.Provider2014,
            Scenario.Provider("sixth", OrganisationType.SchoolSixthForm),
            Scenario.Provider("fe", OrganisationType.FurtherEducationCollege)
        );
        var uni = school.Activity(
            ActivityKind.HigherEducationVisit,
            new LocalDate(2024, 11, 1),
            Scenario.Provider2014
        );
        var apprenticeships = school.Activity(
            ActivityKind.ProviderEncounter,
            new LocalDate(2024, 12, 1),
            Scenario.Provider2014,
            new ActivityOrganisation("emp", "Rolls-Royce", OrganisationType.Employer)
            {
                OffersApprovedTechnicalEducationOrApprenticeships = true,
            }
        );
        school.Attend(fair, all, three);
        school.Attend(uni, all, three);
        school.Attend(apprenticeships, all);

        var b7 = Scenario.Criterion(school.Assess(Schools2014), "2014.schools.B7.1");

        Assert.Equal(["three"], b7.Coverage.Single(g => g.IsAssessed).Lacking);
    }

    [Fact]
    public void B7_UniversityVisits_ApplyOnlyToLearnersConsideringHigherEducation()
    {
        var school = new Scenario();
        var considering = school.Learner("considering", YearGroup.Year13);
        var other = school.Learner("other", YearGroup.Year13);
        school.ConsideringHigherEducation.Add(considering.Id);
        school.Attend(
            school.Activity(
                ActivityKind.HigherEducationVisit,
                new LocalDate(2024, 10, 1),
                Scenario.Provider2014
            ),
            considering
        );

        var group = Scenario
            .Criterion(school.Assess(Schools2014), "2014.schools.B7.2")
            .Coverage.Single(g => g.IsAssessed);

        Assert.Equal(1, group.InScope);
        Assert.Equal(["considering"], group.Lacking);
        _ = other;

        school.Attend(
            school.Activity(
                ActivityKind.HigherEducationVisit,
                new LocalDate(2024, 11, 1),
                Scenario.Provider2014
            ),
            considering
        );
        Assert.Equal(
            CriterionStatus.Met,
            Scenario.Criterion(school.Assess(Schools2014), "2014.schools.B7.2").Status
        );
    }

    [Fact]
    public void B8_CountsOnlyMeetingsWithAQualifiedAdviser()
    {
        var school = new Scenario();
        var level6 = school.Learner("level6", YearGroup.Year11);
        var level4 = school.Learner("level4", YearGroup.Year11);
        var unknown = school.Learner("unknown", YearGroup.Year11);
        school.Attend(
            school.Add(
                new CareersActivity("g6", ActivityKind.GuidanceMeeting, new LocalDate(2024, 10, 1))
                {
                    AdviserQualificationLevel = 6,
                }
            ),
            level6
        );
        school.Attend(
            school.Add(
                new CareersActivity("g4", ActivityKind.GuidanceMeeting, new LocalDate(2024, 10, 1))
                {
                    AdviserQualificationLevel = 4,
                }
            ),
            level4
        );
        school.Attend(
            school.Add(
                new CareersActivity("g?", ActivityKind.GuidanceMeeting, new LocalDate(2024, 10, 1))
            ),
            unknown
        );

        var lacking = Scenario
            .Criterion(school.Assess(Schools2014), "2014.schools.B8.1")
            .Coverage.Single(g => g.IsAssessed)
            .Lacking;
        var lenient = Scenario
            .Criterion(
                school.Assess(
                    Schools2014,
                    GatsbyPolicy.Default with
                    {
                        MinimumAdviserQualificationLevel = 4,
                    }
                ),
                "2014.schools.B8.1"
            )
            .Coverage.Single(g => g.IsAssessed)
            .Lacking;

        Assert.Equal(["level4", "unknown"], lacking);
        Assert.Equal(["unknown"], lenient);
    }

    [Fact]
    public void B8_2024Edition_ExpectsAFurtherMeetingBy18()
    {
        var school = new Scenario();
        var learner = school.Learner("y13", YearGroup.Year13);
        school.Attend(
            school.Add(
                new CareersActivity("g1", ActivityKind.GuidanceMeeting, new LocalDate(2023, 10, 1))
                {
                    AdviserQualificationLevel = 6,
                }
            ),
            learner
        );

        Assert.Equal(
            CriterionStatus.NotMet,
            Scenario.Criterion(school.Assess(Schools2024), "2024.schools.B8.2").Status
        );

        school.Attend(
            school.Add(
                new CareersActivity("g2", ActivityKind.GuidanceMeeting, new LocalDate(2024, 10, 1))
                {
                    AdviserQualificationLevel = 7,
                }
            ),
            learner
        );
        Assert.Equal(
            CriterionStatus.Met,
            Scenario.Criterion(school.Assess(Schools2024), "2024.schools.B8.2").Status
        );
    }

    [Fact]
    public void B3_AdviceRecordsAndDestinations()
    {
        var school = new Scenario();
        var recorded = school.Learner("recorded", YearGroup.Year8);
        school.Learner("unrecorded", YearGroup.Year8);
        school.AdviceRecords.Add(recorded.Id);
        school.Leavers.Add(new LeaverDestinations("left-1-ago", new AcademicYear(2023), 1));
        school.Leavers.Add(new LeaverDestinations("left-2-ago-short", new AcademicYear(2022), 1));
        school.Leavers.Add(new LeaverDestinations("left-3-ago", new AcademicYear(2021), 3));
        school.Leavers.Add(new LeaverDestinations("left-4-ago", new AcademicYear(2020), 0));
        school.Leavers.Add(new LeaverDestinations("leaving-now", new AcademicYear(2024), 0));

        var result = school.Assess(Schools2014);
        var records = Scenario.Criterion(result, "2014.schools.B3.2");
        var destinations = Scenario.Criterion(result, "2014.schools.B3.3");

        Assert.Equal(["unrecorded"], records.Coverage.Single().Lacking);
        Assert.Equal(
            [
                "Left at the end of 2023/24",
                "Left at the end of 2022/23",
                "Left at the end of 2021/22",
            ],
            destinations.Coverage.Select(g => g.Name)
        );
        Assert.Equal(["left-2-ago-short"], destinations.Coverage.SelectMany(g => g.Lacking));
        Assert.All(destinations.Coverage, g => Assert.Null(g.YearGroup));
    }

    [Fact]
    public void Colleges_NeedTwoEncountersAYear_OneThroughTheCurriculumArea()
    {
        var college = new Scenario();
        var both = college.Learner("both", YearGroup.Year12);
        var twoGeneral = college.Learner("two-general", YearGroup.Year12);
        var general1 = college.Activity(
            ActivityKind.EmployerTalk,
            new LocalDate(2024, 10, 1),
            Scenario.Employer2014
        );
        var general2 = college.Activity(
            ActivityKind.Mentoring,
            new LocalDate(2024, 11, 1),
            Scenario.Employer2014
        );
        var curriculum = college.Add(
            new CareersActivity(
                "curric",
                ActivityKind.EnterpriseChallenge,
                new LocalDate(2024, 12, 1)
            )
            {
                Evidence = Scenario.Employer2014,
                CurriculumArea = "Engineering",
            }
        );
        college.Attend(general1, both, twoGeneral);
        college.Attend(general2, twoGeneral);
        college.Attend(curriculum, both);

        var b5 = Scenario.Criterion(
            college.Assess(GatsbyFramework.Edition2014Colleges),
            "2014.colleges.B5.1"
        );

        Assert.Equal(["two-general"], b5.Coverage.Single().Lacking);
    }

    [Fact]
    public void CoverageThreshold_IsAPolicySetting()
    {
        var school = new Scenario();
        var learners = school.Learners("y7-", YearGroup.Year7, 2).ToList();
        school.Attend(
            school.Activity(ActivityKind.CareersFair, new LocalDate(2024, 10, 1)),
            learners[0]
        );

        Assert.Equal(
            CriterionStatus.NotMet,
            Scenario.Criterion(school.Assess(Schools2014), "2014.schools.B5.1").Status
        );
        Assert.Equal(
            CriterionStatus.Met,
            Scenario
                .Criterion(
                    school.Assess(
                        Schools2014,
                        GatsbyPolicy.Default with
                        {
                            CoverageThreshold = 0.5m,
                        }
                    ),
                    "2014.schools.B5.1"
                )
                .Status
        );
    }

    [Fact]
    public void DuplicateParticipations_MergeTheirEvidence_InEitherOrder()
    {
        foreach (var order in new[] { 0, 1 })
        {
            var school = new Scenario();
            var learner = school.Learner("y8", YearGroup.Year8);
            var talk = school.Activity(
                ActivityKind.EmployerTalk,
                new LocalDate(2024, 10, 1),
                MeaningfulEvidence.LearningOutcomes | MeaningfulEvidence.TwoWayInteraction
            );
            var records = new[]
            {
                new Participation(talk.Id, learner.Id),
                new Participation(talk.Id, learner.Id)
                {
                    Evidence = MeaningfulEvidence.ActiveParticipation,
                },
            };
            school.Add(records[order]);
            school.Add(records[1 - order]);

            Assert.Equal(
                CriterionStatus.Met,
                Scenario.Criterion(school.Assess(Schools2014), "2014.schools.B5.1").Status
            );
        }
    }

    [Fact]
    public void DuplicateParticipation_CountsOnce()
    {
        var school = new Scenario();
        var learner = school.Learner("y11", YearGroup.Year11);
        var visit = school.Activity(ActivityKind.WorkplaceVisit, new LocalDate(2024, 10, 1));
        school.Attend(visit, learner, learner);

        Assert.Equal(
            CriterionStatus.NotMet,
            Scenario.Criterion(school.Assess(Schools2024), "2024.schools.B6.1").Status
        );
    }

    [Fact]
    public void BadRecord_IsReportedInFull_WithPaths_BeforeAnythingIsScored()
    {
        Learner[] learners =
        [
            new("same", new LocalDate(2010, 1, 15), YearGroup.Year9, Scenario.ThisYear),
            new("same", new LocalDate(2009, 1, 15), YearGroup.Year10, Scenario.ThisYear),
        ];
        CareersActivity[] activities =
        [
            new("dup", ActivityKind.EmployerTalk, new LocalDate(2024, 10, 1)),
            new("dup", ActivityKind.EmployerTalk, new LocalDate(2024, 10, 2)),
        ];

        var record = ActivityRecord.Create(
            learners,
            activities,
            [new("missing-activity", "same"), new("dup", "missing-learner")]
        );

        Assert.False(record.Success);
        Assert.Equal(
            [
                ("learner.duplicate-id", "/learners/1"),
                ("activity.duplicate-id", "/activities/1"),
                ("participation.unknown-activity", "/participations/0"),
                ("participation.unknown-learner", "/participations/1"),
            ],
            record.Problems.Select(p => (p.Code, p.Path))
        );
    }

    [Fact]
    public void BadEvidence_IsReportedInFull_WithPaths()
    {
        var school = new Scenario();
        school.Learner("a", YearGroup.Year9);
        school.Add(
            new Learner("old", new LocalDate(2000, 1, 1), YearGroup.Year13, new AcademicYear(2017))
        );
        school.ConsideringHigherEducation.Add("nobody");
        school.AdviceRecords.Add("nobody-either");
        var answers = new Dictionary<string, bool>
        {
            ["2014.schools.B5.1"] = true,
            ["2014.schools.B1.1"] = true,
        };

        var evaluation = GatsbyEvaluator.Default.Assess(
            Schools2014,
            answers,
            school.Record(),
            school.Benchmarks(),
            Scenario.AsAt
        );

        Assert.False(evaluation.Success);
        Assert.Equal(
            [
                ("answer.learner-evidenced", "/answers/2014.schools.B5.1"),
                ("learner.year-group", "/learners/1"),
                ("evidence.unknown-learner", "/consideringHigherEducation/0"),
                ("evidence.unknown-learner", "/adviceRecords/0"),
            ],
            evaluation.Problems.Select(p => (p.Code, p.Path))
        );
        Assert.Equal(
            "Learner 'old' has no year group in 2024/25: they were in Year 13 in 2017/18.",
            evaluation.Problems[1].Message
        );
    }
}
