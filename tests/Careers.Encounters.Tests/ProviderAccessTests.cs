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
            .Default.Evaluate(
                world.Learners,
                world.Activities,
                world.Participations,
                asAt ?? World.AsAt
            )
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
            "2 qualifying encounters, all with the same provider or providers (fe); the pupil must not meet exactly the same ones each time.",
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
    public void School_PutOnTheSixEncounters_AndNamesWhoWasMissed()
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

        PutOn(2023, y9);
        PutOn(2024, y11);
        PutOn(2024, y13);

        var result = Evaluate(world);

        Assert.True(result.AllSixPutOn);
        Assert.Equal(["y9b", "y11", "y13"], result.School[0].Missed);
        Assert.Empty(result.School[0].Outstanding);
        Assert.Equal(["y13"], result.School[1].Missed);
        Assert.Empty(result.School[1].Outstanding);
        Assert.Equal(4, result.School[1].Occasions.Count + result.School[2].Occasions.Count);
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
            ("pal.2023", World.AsAt),
            (result.Provenance.RuleSetId, result.Provenance.AsAt)
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

        var evaluation = ProviderAccessEvaluator.Default.Evaluate(
            world.Learners,
            world.Activities,
            world.Participations,
            World.AsAt
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
            ["request-procedure", "grounds", "premises"],
            partial.Check().Where(i => !i.Met).Select(i => i.Item)
        );
        Assert.True(complete.IsComplete);
        Assert.Equal(5, complete.Check().Count);
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
        Assert.Throws<ArgumentNullException>(() =>
            ((IServiceCollection)null!).AddCareersEncounters()
        );
    }

    [Fact]
    public void AddCareersEncounters_RegistersALogValidator_WithTheConfiguredLimit()
    {
        var provider = new ServiceCollection()
            .AddCareersEncounters(o => o.Log.MaxDocumentBytes = 4096)
            .BuildServiceProvider();
        Assert.Equal(
            4096,
            provider
                .GetRequiredService<Careers.Encounters.Log.CareersLogValidator>()
                .MaxDocumentBytes
        );
        Assert.Throws<ArgumentException>(() =>
            new ServiceCollection().AddCareersEncounters(o => o.Log = null!)
        );
        Assert.Throws<ArgumentException>(() =>
            new ServiceCollection().AddCareersEncounters(o => o.ProviderAccess = null!)
        );
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new ServiceCollection().AddCareersEncounters(o => o.Log.MaxDocumentBytes = -1)
        );
    }
}
