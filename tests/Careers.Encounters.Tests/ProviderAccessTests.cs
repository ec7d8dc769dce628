using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Careers.Encounters.Tests;

public class ProviderAccessTests
{
    private static ProviderAccessResult Evaluate(World world, LocalDate? asAt = null) =>
        ProviderAccessEvaluator
            .Default.Evaluate(world.Record(), asAt ?? World.AsAt)
            .GetResultOrThrow();

    [Fact]
    public void Windows_RunFromYear8ToTwentyEighthFebruaryOfYear9_AndSoOn()
    {
        var world = new World();
        var learner = world.Learner("y9", YearGroup.Year9);

        Assert.Equal(
            new LocalDate(2023, 9, 1),
            ProviderAccessPolicy.WindowStart(ProviderAccessPhase.One, learner)
        );
        Assert.Equal(
            new LocalDate(2025, 2, 28),
            ProviderAccessPolicy.WindowEnd(ProviderAccessPhase.One, learner)
        );
        Assert.Equal(
            new LocalDate(2025, 9, 1),
            ProviderAccessPolicy.WindowStart(ProviderAccessPhase.Two, learner)
        );
        Assert.Equal(
            new LocalDate(2027, 2, 28),
            ProviderAccessPolicy.WindowEnd(ProviderAccessPhase.Two, learner)
        );
        Assert.Equal(
            new LocalDate(2029, 2, 28),
            ProviderAccessPolicy.WindowEnd(ProviderAccessPhase.Three, learner)
        );
        Assert.Equal(
            YearGroup.Year12,
            ProviderAccessPolicy.FirstYearGroup(ProviderAccessPhase.Three)
        );
        Assert.True(ProviderAccessPolicy.IsMandatoryForPupils(ProviderAccessPhase.Two));
        Assert.False(ProviderAccessPolicy.IsMandatoryForPupils(ProviderAccessPhase.Three));
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            ProviderAccessPolicy.FirstYearGroup((ProviderAccessPhase)4)
        );
    }

    [Fact]
    public void TwentyNinthFebruary_InALeapYear_IsOutsideTheWindow()
    {
        // Year 11 in 2027/28: phase two ends 28 February 2028, a leap year.
        var world = new World();
        var learner = world.Learner("y8", YearGroup.Year8);
        world.Attend(
            world.Activity(
                ActivityKind.ProviderEncounter,
                new LocalDate(2028, 2, 28),
                World.ProviderContent,
                World.Provider("fe")
            ),
            learner
        );
        world.Attend(
            world.Activity(
                ActivityKind.ProviderEncounter,
                new LocalDate(2028, 2, 29),
                World.ProviderContent,
                World.Provider("itp", OrganisationType.IndependentTrainingProvider)
            ),
            learner
        );

        var phase = Evaluate(world, new LocalDate(2028, 3, 1))
            .Learners.Single()
            .Phase(ProviderAccessPhase.Two);

        Assert.Equal(new LocalDate(2028, 2, 28), phase.WindowEnd);
        Assert.Equal(PhaseStatus.Missed, phase.Status);
        Assert.Equal(["A1"], phase.Counted);
    }

    [Fact]
    public void TheSameProviderTwice_DoesNotComply_TwoDifferentDo()
    {
        var world = new World();
        var same = world.Learner("same", YearGroup.Year9);
        var different = world.Learner("different", YearGroup.Year9);
        var fe1 = world.Activity(
            ActivityKind.ProviderEncounter,
            new LocalDate(2024, 1, 10),
            World.ProviderContent,
            World.Provider("fe")
        );
        var fe2 = world.Activity(
            ActivityKind.ProviderEncounter,
            new LocalDate(2024, 3, 10),
            World.ProviderContent,
            World.Provider("fe")
        );
        var itp = world.Activity(
            ActivityKind.ProviderEncounter,
            new LocalDate(2024, 5, 10),
            World.ProviderContent,
            World.Provider("itp", OrganisationType.IndependentTrainingProvider)
        );
        world.Attend(fe1, same, different);
        world.Attend(fe2, same);
        world.Attend(itp, different);

        var result = Evaluate(world, new LocalDate(2025, 2, 28));
        var sameProvider = result.Learners[0].Phase(ProviderAccessPhase.One);

        Assert.Equal(PhaseStatus.InProgress, sameProvider.Status);
        Assert.Equal(
            "2 qualifying encounters, all with the same provider or providers (fe); in the first and second key phases a pupil must not meet exactly the same ones each time.",
            sameProvider.Reasons[0]
        );
        Assert.Equal(
            PhaseStatus.Compliant,
            result.Learners[1].Phase(ProviderAccessPhase.One).Status
        );
        Assert.Equal(
            PhaseStatus.Missed,
            Evaluate(world, new LocalDate(2025, 3, 1))
                .Learners[0]
                .Phase(ProviderAccessPhase.One)
                .Status
        );
        Assert.Equal(["A1", "A2"], sameProvider.Counted);
    }

    [Fact]
    public void OnlyEncountersInTheSchoolDay_WithApprovedProviders_CoveringTheContent_Count()
    {
        var world = new World();
        var learner = world.Learner("y10", YearGroup.Year10);
        var evening = world.Add(
            new CareersActivity(
                "evening",
                ActivityKind.ProviderEncounter,
                new LocalDate(2024, 10, 1)
            )
            {
                Evidence = World.ProviderContent,
                DuringSchoolDay = false,
                Organisations = [World.Provider("fe")],
            }
        );
        var unrecorded = world.Add(
            new CareersActivity(
                "unrecorded",
                ActivityKind.ProviderEncounter,
                new LocalDate(2024, 10, 2)
            )
            {
                Evidence = World.ProviderContent,
                Organisations = [World.Provider("fe")],
            }
        );
        var sixthForm = world.Activity(
            ActivityKind.ProviderEncounter,
            new LocalDate(2024, 10, 3),
            World.ProviderContent,
            new ActivityOrganisation("sf", "Sixth form", OrganisationType.SchoolSixthForm)
        );
        var thin = world.Activity(
            ActivityKind.ProviderEncounter,
            new LocalDate(2024, 10, 4),
            MeaningfulEvidence.ProviderInformation,
            World.Provider("utc", OrganisationType.UniversityTechnicalCollege)
        );
        world.Attend(evening, learner);
        world.Attend(unrecorded, learner);
        world.Attend(sixthForm, learner);
        world.Attend(thin, learner);
        world.Participations.Add(
            new Participation(thin.Id, learner.Id)
            {
                Evidence = MeaningfulEvidence.TwoWayInteraction,
            }
        );

        var phase = Evaluate(world).Learners.Single().Phase(ProviderAccessPhase.Two);

        Assert.Empty(phase.Counted);
        Assert.Equal(
            [
                "0 qualifying encounters of the 2 needed between 2024-09-01 and 2026-02-28.",
                "A3 (2024-10-03) does not count: no provider of approved technical education or apprenticeships.",
                "A4 (2024-10-04) does not count: content missing (LearningEnvironment).",
                "evening (2024-10-01) does not count: not during the school day.",
                "unrecorded (2024-10-02) does not count: not recorded as during the school day.",
            ],
            phase.Reasons
        );
    }

    [Fact]
    public void EachCohort_IsGivenItsOccasions_AndWhoWasMissedIsNamed()
    {
        var world = new World();
        var y9 = world.Learner("y9", YearGroup.Year9);
        var y9b = world.Learner("y9b", YearGroup.Year9);
        var y11 = world.Learner("y11", YearGroup.Year11);
        var y13 = world.Learner("y13", YearGroup.Year13);
        world.Learner("y7", YearGroup.Year7);
        void PutOn(int year, params Learner[] who)
        {
            world.Attend(
                world.Activity(
                    ActivityKind.ProviderEncounter,
                    new LocalDate(year, 11, 1),
                    World.ProviderContent,
                    World.Provider("fe")
                ),
                who
            );
            world.Attend(
                world.Activity(
                    ActivityKind.ProviderEncounter,
                    new LocalDate(year, 12, 1),
                    World.ProviderContent,
                    World.Provider("itp", OrganisationType.IndependentTrainingProvider)
                ),
                who
            );
        }

        PutOn(2023, y9); // y9's cohort in Year 8: phase one
        PutOn(2024, y11); // y11's cohort in Year 11 before 28 February: phase two
        PutOn(2024, y13); // y13's cohort in Year 13 before 28 February: phase three

        var result = Evaluate(world);
        CohortProvision Cohort(ProviderAccessPhase phase, Learner learner) =>
            result.Cohorts.Single(c => c.Phase == phase && c.Learners.Contains(learner.Id));

        var phaseOne = Cohort(ProviderAccessPhase.One, y9);
        Assert.Equal("Year 8 in 2023/24", phaseOne.Cohort);
        Assert.Equal(DutyStatus.Met, phaseOne.Status);
        Assert.Equal(["y9", "y9b"], phaseOne.Learners);
        Assert.Equal(["y9b"], phaseOne.Missed);
        Assert.Empty(phaseOne.Outstanding);
        Assert.Equal(DutyStatus.Met, Cohort(ProviderAccessPhase.Two, y11).Status);
        Assert.Equal(DutyStatus.Met, Cohort(ProviderAccessPhase.Three, y13).Status);
        // y13's cohort was never given phase one or two occasions: two cohorts whose windows closed unmet.
        Assert.Equal(DutyStatus.NotMet, Cohort(ProviderAccessPhase.One, y13).Status);
        Assert.Equal(["y13"], Cohort(ProviderAccessPhase.Two, y13).Missed);
        Assert.Equal(ProviderAccessVerdict.NotMet, result.Verdict);
        Assert.Equal(
            DutyStatus.NotYetOpen,
            result
                .Cohorts.Single(c =>
                    c.Phase == ProviderAccessPhase.Three && c.Learners.Contains("y7")
                )
                .Status
        );
        Assert.Equal(
            PhaseStatus.NotYetOpen,
            result.Learners[4].Phase(ProviderAccessPhase.One).Status
        );
        Assert.Equal(
            PhaseStatus.Compliant,
            result.Learners[3].Phase(ProviderAccessPhase.Three).Status
        );
        Assert.False(result.Learners[3].Phase(ProviderAccessPhase.Three).IsMandatory);
        Assert.Equal(
            ("pal.2023", "1.1", World.AsAt),
            (result.Provenance.RuleSetId, result.Provenance.RuleSetVersion, result.Provenance.AsAt)
        );
        // Cohorts come by phase, then by the year the cohort starts the phase.
        Assert.Equal(
            result.Cohorts.OrderBy(c => c.Phase).ThenBy(c => c.FirstYear).ToArray(),
            result.Cohorts
        );
    }

    // Education Act 1997 s.42B(2A)(a): in the first and second key phases the pupil must "not meet exactly the same
    // provider or providers on each of those occasions"; (2A)(b), the third key phase, has no such words.
    [Fact]
    public void PhaseThree_TheSameProviderTwice_IsCompliant_ForThePupilAndTheSchool()
    {
        var world = new World();
        var y12 = world.Learner("y12", YearGroup.Year12);
        for (var month = 10; month <= 11; month++)
        {
            world.Attend(
                world.Activity(
                    ActivityKind.ProviderEncounter,
                    new LocalDate(2024, month, 1),
                    World.ProviderContent,
                    World.Provider("fe")
                ),
                y12
            );
        }

        var result = Evaluate(world);
        var cohort = result.Cohorts.Single(c => c.Phase == ProviderAccessPhase.Three);

        Assert.Equal(
            PhaseStatus.Compliant,
            result.Learners[0].Phase(ProviderAccessPhase.Three).Status
        );
        Assert.Equal(["A1", "A2"], result.Learners[0].Phase(ProviderAccessPhase.Three).Counted);
        Assert.Equal(DutyStatus.Met, cohort.Status);
        Assert.Empty(cohort.Reasons);
    }

    // Education Act 1997 s.42B(2A)(b): in the third key phase the school must give providers access to pupils on at
    // least two occasions; DfE guidance (January 2023): attendance is optional for the pupil. The duty is to put the
    // occasions on: two given to the cohort meet it whether or not anyone attended.
    [Fact]
    public void PhaseThree_TwoOccasionsGiven_NoneAttended_MeetsTheSchoolsDuty_AndNoPupilFails()
    {
        var world = new World();
        world.Learner("y13", YearGroup.Year13);
        world.Learner("y13b", YearGroup.Year13);
        foreach (
            var (date, provider, year) in new[]
            {
                (new LocalDate(2023, 11, 1), "fe", YearGroup.Year12),
                (new LocalDate(2024, 12, 1), "itp", YearGroup.Year13),
            }
        )
        {
            world.Add(
                new CareersActivity($"offered-{provider}", ActivityKind.ProviderEncounter, date)
                {
                    Evidence = World.ProviderContent,
                    DuringSchoolDay = true,
                    Organisations = [World.Provider(provider)],
                    OfferedTo = [year],
                }
            );
        }

        var result = Evaluate(world);
        var cohort = result.Cohorts.Single(c => c.Phase == ProviderAccessPhase.Three);

        Assert.Equal(DutyStatus.Met, cohort.Status);
        Assert.Equal(["offered-fe", "offered-itp"], cohort.Occasions);
        Assert.Empty(cohort.Missed);
        Assert.Equal(["y13", "y13b"], cohort.NotAttended);
        Assert.All(
            result.Learners,
            l => Assert.Equal(PhaseStatus.NotAttended, l.Phase(ProviderAccessPhase.Three).Status)
        );
    }

    // s.42B(1A), (2A): the duty is owed to each cohort in its own key phase. An occasion for last year's Year 9 and
    // one for this year's Year 8 are one occasion each for two cohorts, not two for "the school".
    [Fact]
    public void TwoCohortsOccasions_AreNotPooled()
    {
        var world = new World();
        var y9 = world.Learner("y9", YearGroup.Year9); // Year 8 in 2023/24
        var y8 = world.Learner("y8", YearGroup.Year8); // Year 8 in 2024/25
        world.Attend(
            world.Activity(
                ActivityKind.ProviderEncounter,
                new LocalDate(2024, 1, 15),
                World.ProviderContent,
                World.Provider("fe")
            ),
            y9
        );
        world.Add(
            new CareersActivity(
                "y8-talk",
                ActivityKind.ProviderEncounter,
                new LocalDate(2024, 11, 1)
            )
            {
                Evidence = World.ProviderContent,
                DuringSchoolDay = true,
                Organisations =
                [
                    World.Provider("itp", OrganisationType.IndependentTrainingProvider),
                ],
                OfferedTo = [YearGroup.Year8],
            }
        );

        var result = Evaluate(world);
        var phaseOne = result.Cohorts.Where(c => c.Phase == ProviderAccessPhase.One).ToArray();

        Assert.Equal(["Year 8 in 2023/24", "Year 8 in 2024/25"], phaseOne.Select(c => c.Cohort));
        Assert.Equal(["A1"], phaseOne[0].Occasions);
        Assert.Equal(["y8-talk"], phaseOne[1].Occasions);
        Assert.All(phaseOne, c => Assert.False(c.DutyMet));
        Assert.NotEqual(ProviderAccessVerdict.Met, result.Verdict);
    }

    // Offered to the year group but not attended: the school gave the occasion, the pupil (phases one and two are
    // mandatory for pupils) still misses it.
    [Fact]
    public void PhaseOne_OfferedOccasions_MeetTheDuty_AbsentPupilsAreStillMissed()
    {
        var world = new World();
        var y9 = world.Learner("y9", YearGroup.Year9);
        world.Learner("absent", YearGroup.Year9);
        foreach (
            var (id, date, provider, year) in new[]
            {
                ("talk-1", new LocalDate(2023, 10, 1), "fe", YearGroup.Year8),
                ("talk-2", new LocalDate(2025, 2, 28), "itp", YearGroup.Year9),
                ("talk-late", new LocalDate(2025, 3, 1), "utc", YearGroup.Year9),
                ("talk-other-year", new LocalDate(2024, 10, 1), "itp2", YearGroup.Year8),
            }
        )
        {
            world.Attend(
                world.Add(
                    new CareersActivity(id, ActivityKind.ProviderEncounter, date)
                    {
                        Evidence = World.ProviderContent,
                        DuringSchoolDay = true,
                        Organisations = [World.Provider(provider)],
                        OfferedTo = [year],
                    }
                ),
                y9
            );
        }

        var result = Evaluate(world, new LocalDate(2025, 3, 2));
        var cohort = result.Cohorts.Single(c => c.Phase == ProviderAccessPhase.One);

        // talk-late is after 28 February; talk-other-year was for the next cohort, though y9 came along.
        Assert.Equal(["talk-1", "talk-2", "talk-other-year"], cohort.Occasions);
        Assert.Equal(DutyStatus.Met, cohort.Status);
        Assert.Equal(["absent"], cohort.Missed);
        Assert.Equal(
            PhaseStatus.Compliant,
            result.Learners[0].Phase(ProviderAccessPhase.One).Status
        );
        Assert.Equal(PhaseStatus.Missed, result.Learners[1].Phase(ProviderAccessPhase.One).Status);
    }

    // Education Act 1997 s.42B(2): the duty is on academies, maintained schools, special schools and pupil referral
    // units; not on independent schools, nor on further education or sixth-form colleges.
    [Fact]
    public void CollegesAndIndependentSchools_AreNotInScope()
    {
        var world = new World();
        world.Learner("y12", YearGroup.Year12);
        var college = new Institution(
            "fe",
            "Derby College",
            InstitutionType.FurtherEducationCollege
        );
        var independent = new Institution("ind", "An independent school", InstitutionType.Secondary)
        {
            IsIndependent = true,
        };
        var academy = new Institution("acad", "An academy", InstitutionType.Secondary);

        var result = ProviderAccessEvaluator
            .Default.Evaluate(college, world.Record(), World.AsAt)
            .GetResultOrThrow();

        Assert.Equal(ProviderAccessVerdict.NotInScope, result.Verdict);
        Assert.False(result.Scope.InScope);
        Assert.Contains("s.42B(2)", result.Scope.Reason, StringComparison.Ordinal);
        Assert.Empty(result.Learners);
        Assert.Empty(result.Cohorts);
        Assert.False(ProviderAccessScope.For(independent).InScope);
        Assert.False(
            ProviderAccessScope
                .For(new Institution("sfc", "SFC", InstitutionType.SixthFormCollege))
                .InScope
        );
        Assert.False(
            ProviderAccessScope.For(new Institution("p", "P", InstitutionType.Primary)).InScope
        );
        Assert.False(
            ProviderAccessScope
                .For(new Institution("itp", "ITP", InstitutionType.IndependentTrainingProvider))
                .InScope
        );
        Assert.True(ProviderAccessScope.For(academy).InScope);
        Assert.True(
            ProviderAccessScope
                .For(new Institution("pru", "PRU", InstitutionType.AlternativeProvision))
                .InScope
        );
        Assert.True(
            ProviderAccessScope
                .For(new Institution("sp", "Special", InstitutionType.Special))
                .InScope
        );
        Assert.True(
            ProviderAccessEvaluator
                .Default.Evaluate(academy, world.Record(), World.AsAt)
                .GetResultOrThrow()
                .Scope.InScope
        );
        var statement = new ProviderAccessStatement();
        Assert.Equal(StatementVerdict.NotInScope, statement.Assess(college));
        Assert.Equal(StatementVerdict.NotInScope, statement.Assess(independent));
        Assert.Equal(StatementVerdict.Incomplete, statement.Assess(academy));
        Assert.Throws<ArgumentNullException>(() => ProviderAccessScope.For(null!));
    }

    // s.42B(2A): "a reasonable period of time during the standard school day"; no minute count is published, so a
    // minimum is a setting, off by default.
    [Fact]
    public void MinimumDuration_IsOffByDefault_AndWhenSetShortOrUnrecordedEncountersDoNotCount()
    {
        var world = new World();
        var y10 = world.Learner("y10", YearGroup.Year10);
        foreach (var (id, minutes) in new[] { ("long", 60), ("short", 10), ("unknown", 0) })
        {
            world.Attend(
                world.Add(
                    new CareersActivity(
                        id,
                        ActivityKind.ProviderEncounter,
                        new LocalDate(2024, 10, 1)
                    )
                    {
                        Evidence = World.ProviderContent,
                        DuringSchoolDay = true,
                        Organisations = [World.Provider(id)],
                        Duration = minutes == 0 ? null : Duration.FromMinutes(minutes),
                    }
                ),
                y10
            );
        }

        Assert.Null(ProviderAccessPolicy.Default.MinimumDuration);
        Assert.Equal(
            ["long", "short", "unknown"],
            Evaluate(world).Learners[0].Phase(ProviderAccessPhase.Two).Counted
        );
        var strict = new ProviderAccessEvaluator(
            ProviderAccessPolicy.Default with
            {
                MinimumDuration = Duration.FromMinutes(30),
            }
        )
            .Evaluate(world.Record(), World.AsAt)
            .GetResultOrThrow()
            .Learners[0]
            .Phase(ProviderAccessPhase.Two);
        Assert.Equal(["long"], strict.Counted);
        Assert.Contains(
            "short (2024-10-01) does not count: shorter than the policy's minimum of 30 minutes.",
            strict.Reasons
        );
        Assert.Contains(
            "unknown (2024-10-01) does not count: no duration recorded, and the policy sets a minimum.",
            strict.Reasons
        );
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            ProviderAccessPolicy.Default with
            {
                MinimumDuration = Duration.Zero,
            }
        );
    }

    [Fact]
    public void BadInput_IsReported()
    {
        var world = new World();
        world.Learner("a", YearGroup.Year9);
        world.Learner("a", YearGroup.Year9);
        world.Add(
            new CareersActivity("x", ActivityKind.ProviderEncounter, new LocalDate(2024, 1, 1))
        );
        world.Add(
            new CareersActivity("x", ActivityKind.ProviderEncounter, new LocalDate(2024, 1, 1))
        );
        world.Participations.Add(new Participation("y", "b"));

        var evaluation = ActivityRecord.Create(
            world.Learners,
            world.Activities,
            world.Participations
        );

        Assert.Equal(
            [
                "learner.duplicate-id",
                "activity.duplicate-id",
                "participation.unknown-activity",
                "participation.unknown-learner",
            ],
            evaluation.Problems.Select(p => p.Code)
        );
        Assert.Throws<InvalidOperationException>(evaluation.GetResultOrThrow);
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            ProviderAccessPolicy.Default with
            {
                EncountersPerPhase = 0,
            }
        );
        Assert.Throws<ArgumentException>(() => ProviderAccessPolicy.Default with { Id = "" });
    }

    [Fact]
    public void Statement_Checklist()
    {
        var partial = new ProviderAccessStatement { Published = true, TimesOfAccess = true };
        var complete = partial with
        {
            RequestProcedure = true,
            GroundsForGrantingAndRefusing = true,
            PremisesAndFacilities = true,
        };

        Assert.False(partial.IsComplete);
        Assert.Equal(
            ["request-procedure", "grounds", "premises", "duties"],
            partial.Check().Where(i => !i.Met).Select(i => i.Item)
        );
        Assert.False(complete.IsComplete);
        Assert.Equal(["duties"], complete.Check().Where(i => !i.Met).Select(i => i.Item));
        // s.42B(5)(d), added by the Skills and Post-16 Education Act 2022: how the school proposes to meet the duties
        // of subsections (1A) and (2A).
        Assert.True((complete with { HowDutiesAreMet = true }).IsComplete);
        Assert.Equal(6, complete.Check().Count);
    }

    [Fact]
    public void AddCareersEncounters_RegistersBothEvaluators_Once()
    {
        var services = new ServiceCollection();
        services
            .AddCareersEncounters(o => o.Entitlement = EncounterPolicy.GatsbyBenchmark5)
            .AddCareersEncounters();
        var provider = services.BuildServiceProvider();

        Assert.Same(
            EncounterPolicy.GatsbyBenchmark5,
            provider.GetRequiredService<EntitlementEvaluator>().Policy
        );
        Assert.Same(
            ProviderAccessPolicy.Default,
            provider.GetRequiredService<ProviderAccessEvaluator>().Policy
        );
        Assert.Single(services, d => d.ServiceType == typeof(EntitlementEvaluator));
        Assert.Throws<ArgumentException>(() =>
            new ServiceCollection().AddCareersEncounters(o => o.Entitlement = null!)
        );
        Assert.Throws<ArgumentException>(() =>
            new ServiceCollection().AddCareersEncounters(o => o.ProviderAccess = null!)
        );
        Assert.Throws<ArgumentNullException>(() =>
            ((IServiceCollection)null!).AddCareersEncounters()
        );
    }
}
