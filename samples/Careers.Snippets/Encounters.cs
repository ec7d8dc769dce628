#region usings
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Careers;
using Careers.Encounters;
using Careers.Encounters.Streaming;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
#endregion

namespace Careers.Snippets;

/// <summary>
/// The code samples of the Careers.Encounters article (docs/articles/encounters.md), compiled so that they cannot
/// drift from the API. Each method holds one <c>#region</c> that the article quotes and returns what the region
/// computed, so that a test can check the values the article's comments state.
/// </summary>
public static class EncountersSnippets
{
    /// <summary>Reads the built-in entitlement presets and their milestones.</summary>
    /// <returns>The Derby preset and its milestone at the end of Year 9.</returns>
    public static (EncounterPolicy Policy, int ByEndOfYear9) Presets()
    {
        #region policy
        // The Derby Opportunity Area entitlement: four meaningful encounters, Years 7 to 11.
        var derby = EncounterPolicy.DerbyOpportunityArea;
        var id = derby.ToString(); // "derby-oa.four-encounters@1.0"
        var window = (derby.FirstYearGroup, derby.LastYearGroup); // (Year 7, Year 11)
        var required = derby.RequiredEvidence;
        // LearningOutcomes | TwoWayInteraction | ActiveParticipation: the CEC minimum standard
        var fair = derby.Qualifies(ActivityKind.CareersFair); // true
        var job = derby.Qualifies(ActivityKind.PartTimeJob); // false
        var unit = derby.CountingUnit; // CountingUnit.PerOccasion

        // Milestones pro rata, ⌊4 × k ÷ 5⌋ by the end of the k-th of 5 year groups: 0, 1, 2, 3, 4.
        var byEndOfYear9 = derby.MilestoneAtEndOf(YearGroup.Year9); // 2

        // "Aged eleven to eighteen": four over Years 7 to 13, so 0, 1, 1, 2, 2, 3, 4.
        var commitment = EncounterPolicy.OpportunityAreasEmployerCommitment;
        var byEndOfYear11 = commitment.MilestoneAtEndOf(YearGroup.Year11); // 2

        // Gatsby Benchmark 5: at least one in every year from Year 7 to Year 13, seven in all.
        var b5 = EncounterPolicy.GatsbyBenchmark5;
        var perYear = b5.MinimumPerYear; // 1
        var b5ByEndOfYear9 = b5.MilestoneAtEndOf(YearGroup.Year9); // 3
        #endregion

        _ = (id, window, required, fair, job, unit, byEndOfYear11, perYear, b5ByEndOfYear9);
        return (derby, byEndOfYear9);
    }

    /// <summary>Builds a local entitlement policy, and shows the problems a policy that cannot be met has.</summary>
    /// <returns>The policy, its milestone at the end of Year 10, and the problem codes of the impossible policy.</returns>
    public static (EncounterPolicy Policy, int Year10, IReadOnlyList<string> Codes) Builder()
    {
        #region builder
        // A local entitlement: six encounters over Years 9 to 11, each employer at a fair counted,
        // and three by the end of Year 9 rather than the pro rata two.
        var builder = EncounterPolicyBuilder
            .Create("local.six-encounters", "2025.1")
            .Entitles(6)
            .From(YearGroup.Year9)
            .To(YearGroup.Year11)
            .CountingEachEmployerMet()
            .Milestone(YearGroup.Year9, 3)
            .WithSource("Example: a local careers hub's own entitlement");

        var problems = builder.Validate(); // empty: the policy can be built
        var policy = builder.Build().GetResultOrThrow(); // immutable, and safe to share between threads
        var byEndOfYear9 = policy.MilestoneAtEndOf(YearGroup.Year9); // 3: set explicitly
        var byEndOfYear10 = policy.MilestoneAtEndOf(YearGroup.Year10); // 4: pro rata, ⌊6 × 2 ÷ 3⌋
        var byEndOfYear11 = policy.MilestoneAtEndOf(YearGroup.Year11); // 6: always the threshold

        // One a year over three years cannot fit in a threshold of two, and no milestone may exceed
        // the threshold: Validate lists every problem, and Build would throw, listing them all.
        var impossible = EncounterPolicyBuilder
            .Create("impossible", "1.0")
            .Entitles(2)
            .From(YearGroup.Year7)
            .To(YearGroup.Year9)
            .AtLeastEachYear(1)
            .Milestone(YearGroup.Year8, 3);
        var codes = impossible.Validate().Select(p => p.Code).ToList();
        // ["policy.minimum-per-year", "policy.milestone-threshold"]
        #endregion

        _ = (problems, byEndOfYear9, byEndOfYear11);
        return (policy, byEndOfYear10, codes);
    }

    /// <summary>Evaluates five pupils against the Derby entitlement as at 1 March 2025.</summary>
    /// <returns>The result.</returns>
    public static EntitlementResult Evaluate()
    {
        #region evaluate
        // Evaluate as at 1 March 2025: year groups are those of 2024/25.
        var asAt = new LocalDate(2025, 3, 1);
        var year = AcademicYear.ForDate(asAt);
        var fsm = new LearnerCharacteristics { FreeSchoolMeals = true }; // disadvantaged
        var learners = new[]
        {
            new Learner("y6-1", new LocalDate(2014, 3, 2), YearGroup.Year6, year)
            {
                Characteristics = fsm,
            },
            new Learner("y9-1", new LocalDate(2011, 1, 15), YearGroup.Year9, year),
            new Learner("y9-2", new LocalDate(2010, 11, 30), YearGroup.Year9, year)
            {
                Characteristics = fsm,
            },
            new Learner("y11-1", new LocalDate(2009, 5, 21), YearGroup.Year11, year),
            new Learner("y12-1", new LocalDate(2008, 2, 8), YearGroup.Year12, year)
            {
                Characteristics = fsm,
            },
        };

        // Activities that meet the CEC minimum standard for everyone who took part.
        static CareersActivity Meaningful(string id, ActivityKind kind, LocalDate date)
        {
            return new CareersActivity(id, kind, date)
            {
                Evidence = EncounterPolicyBuilder.DefaultRequiredEvidence,
            };
        }

        // The fair records its learning outcomes and two-way interaction; each pupil's own record
        // says whether they took an active part.
        var designed = MeaningfulEvidence.LearningOutcomes | MeaningfulEvidence.TwoWayInteraction;
        var activities = new[]
        {
            Meaningful("visit-1", ActivityKind.WorkplaceVisit, new LocalDate(2022, 6, 15)),
            Meaningful("talk-1", ActivityKind.EmployerTalk, new LocalDate(2022, 10, 12)),
            Meaningful("challenge-1", ActivityKind.EnterpriseChallenge, new LocalDate(2023, 12, 4)),
            Meaningful("wex-1", ActivityKind.WorkExperience, new LocalDate(2024, 7, 8)),
            new CareersActivity("fair-1", ActivityKind.CareersFair, new LocalDate(2024, 11, 5))
            {
                Evidence = designed,
            },
            Meaningful("guidance-1", ActivityKind.GuidanceMeeting, new LocalDate(2025, 1, 20)),
            // Planned, for after the as-at date.
            Meaningful("mentoring-1", ActivityKind.Mentoring, new LocalDate(2025, 3, 10)),
        };

        var active = MeaningfulEvidence.ActiveParticipation;
        var participations = new List<Participation>
        {
            new Participation("talk-1", "y9-1"),
            new Participation("talk-1", "y11-1"),
            new Participation("talk-1", "y12-1"),
            new Participation("challenge-1", "y11-1"),
            new Participation("wex-1", "y11-1"),
            // y9-1 twice at the fair: from the register, and from the log of who took part.
            new Participation("fair-1", "y9-1"),
            new Participation("fair-1", "y9-1") { Evidence = active },
            new Participation("fair-1", "y9-2"), // there, with no evidence of taking part
            new Participation("fair-1", "y11-1") { Evidence = active },
            new Participation("fair-1", "y12-1") { Evidence = active },
            new Participation("visit-1", "y9-2"), // in Year 6, before the window opened
            new Participation("guidance-1", "y9-2"),
            new Participation("mentoring-1", "y9-2"),
        };

        // The activity record is checked once, when it is made: duplicate ids, participations naming
        // no learner or activity of the record, dates outside the supported range.
        var record = ActivityRecord.Create(learners, activities, participations);
        if (!record.Success)
        {
            // Bad input gives no result: each problem has a code, a JSON pointer and a message.
            throw new InvalidOperationException(string.Join("\n", record.Problems));
        }

        var evaluator = new EntitlementEvaluator(EncounterPolicy.DerbyOpportunityArea);
        var evaluation = evaluator.Evaluate(record.Result, asAt);
        if (!evaluation.Success)
        {
            // As at the date: an as-at date outside the supported range, a learner with no year group.
            throw new InvalidOperationException(string.Join("\n", evaluation.Problems));
        }

        var result = evaluation.Result; // not null once Success is true
        var provenance = result.Provenance; // derby-oa.four-encounters@1.0 as at 2025-03-01
        var notInScope = result.Learners[0].Status; // y6-1: EntitlementStatus.NotInScope

        var onTrack = result.Learners[1]; // y9-1
        var status = onTrack.Status; // EntitlementStatus.OnTrack: 1 was due by the end of Year 8
        var count = onTrack.Count; // 2
        var shortfall = onTrack.Shortfall; // 2 more to reach 4
        var next = onTrack.NextMilestone; // Year 10, 3 encounters, due 2026-08-31
        var counted = onTrack.Counted.Select(c => c.ActivityId).ToList(); // ["talk-1", "fair-1"]
        var merged = onTrack.NotCounted.Single(); // fair-1, NotCountedReason.Duplicate
        // The two records at the fair are one encounter, with the evidence of both.

        var atRisk = result.Learners[2]; // y9-2: EntitlementStatus.AtRisk, Count 0, Shortfall 4
        var needs = atRisk.NextMilestone; // Year 9, 2 encounters, due 2025-08-31
        var why = atRisk.NotCounted.Select(n => (n.ActivityId, n.Reason)).ToList();
        // ("visit-1", OutsideWindow), ("fair-1", NotMeaningful), ("guidance-1", WrongKind),
        // ("mentoring-1", AfterAsAt)

        var met = result.Learners[3]; // y11-1: EntitlementStatus.Met, Count 4, NextMilestone null
        var notMet = result.Learners[4]; // y12-1: EntitlementStatus.NotMet, Count 1, Shortfall 3
        var late = notMet.NotCounted.Single().Reason; // OutsideWindow: closed on 2024-08-31
        #endregion

        _ = (provenance, notInScope, status, count, shortfall, next, counted, merged);
        _ = (needs, why, met, late);
        return result;
    }

    /// <summary>Evaluates a careers fair with five employers, one encounter by default and five when opted in.</summary>
    /// <returns>The encounters the fair counts as under the default policy and when each employer counts.</returns>
    public static (int Default, int EachEmployer) CareersFair()
    {
        #region careers-fair
        var asAt = new LocalDate(2025, 3, 1);
        var year = AcademicYear.ForDate(asAt);
        var pupil = new Learner("y8-1", new LocalDate(2012, 4, 3), YearGroup.Year8, year);

        // A careers fair with five employers, and a college, which is not an employer.
        var organisations = new List<ActivityOrganisation>
        {
            new("fe-1", "A further education college", OrganisationType.FurtherEducationCollege),
        };
        for (var n = 1; n <= 5; n++)
        {
            var id = FormattableString.Invariant($"employer-{n}");
            organisations.Add(new ActivityOrganisation(id, id, OrganisationType.Employer));
        }

        var fairDate = new LocalDate(2024, 11, 5);
        var fair = new CareersActivity("fair-1", ActivityKind.CareersFair, fairDate)
        {
            Organisations = organisations,
            Evidence = EncounterPolicyBuilder.DefaultRequiredEvidence,
        };
        var participations = new[] { new Participation("fair-1", "y8-1") };
        var record = ActivityRecord.Create([pupil], [fair], participations).GetResultOrThrow();

        // By default the fair is one encounter, however many employers were there.
        var derby = new EntitlementEvaluator(EncounterPolicy.DerbyOpportunityArea);
        var once = derby.Evaluate(record, asAt).GetResultOrThrow();
        var one = once.Learners[0].Count; // 1
        var onTrack = once.Learners[0].Status; // EntitlementStatus.OnTrack

        // Opt in to counting each employer met: the same fair is five encounters.
        var eachEmployer = EncounterPolicyBuilder
            .Create("derby-oa.each-employer", "1.0")
            .Entitles(4)
            .From(YearGroup.Year7)
            .To(YearGroup.Year11)
            .CountingEachEmployerMet()
            .Build()
            .GetResultOrThrow();
        var each = new EntitlementEvaluator(eachEmployer);
        var five = each.Evaluate(record, asAt).GetResultOrThrow();
        var encounters = five.Learners[0].Counted[0].Encounters; // 5
        var met = five.Learners[0].Status; // EntitlementStatus.Met: 5, where 4 are needed
        #endregion

        _ = (onTrack, met);
        return (one, encounters);
    }

    /// <summary>Rolls up the result of <see cref="Evaluate"/> and counts the encounters delivered.</summary>
    /// <param name="result">A result, such as the one <see cref="Evaluate"/> computes.</param>
    /// <returns>The gap between disadvantaged pupils and the others, and the encounters delivered.</returns>
    public static (decimal Gap, long Delivered) RollUp(EntitlementResult result)
    {
        #region roll-up
        // The five pupils evaluated above; y6-1 is not in scope.
        var rollUp = EntitlementRollUp.Of(result);
        var overall = rollUp.Overall; // Total 5, InScope 4: Met 1, OnTrack 1, AtRisk 1, NotMet 1
        var metOrOnTrack = overall.PercentMetOrOnTrack; // 50
        var met = overall.PercentMet; // 25
        var atRisk = overall[EntitlementStatus.AtRisk]; // 1

        // Broken down by disadvantage: y6-1, y9-2 and y12-1 are eligible for free school meals.
        var disadvantaged = rollUp.By(Breakdowns.Disadvantage)[Breakdowns.Disadvantaged];
        // Total 3, InScope 2, PercentMetOrOnTrack 0
        var gap = rollUp.GapInPercentagePoints(
            Breakdowns.Disadvantage,
            Breakdowns.Disadvantaged,
            Breakdowns.NotDisadvantaged
        ); // -100: 0% of disadvantaged pupils in scope are met or on track, against 100%
        var year9 = rollUp.By(Breakdowns.YearGroup)["Year 9"].PercentMetOrOnTrack; // 50

        // Encounters delivered: every counted encounter in a period, across all pupils.
        var from = new AcademicYear(2022).Start; // 1 September 2022
        var to = new AcademicYear(2024).End; // 31 August 2025
        var delivered = result.EncountersDelivered(from, to); // 7, over three academic years
        var thisYear = result.EncountersDelivered(new AcademicYear(2024).Start, to); // 2
        #endregion

        _ = (metOrOnTrack, met, atRisk, disadvantaged, year9, thisYear);
        return (gap, delivered);
    }

    /// <summary>Evaluates a small CSV export, then the same export with a row that cannot be read.</summary>
    /// <returns>The result, and the result of the export with the bad row.</returns>
    public static (
        Evaluation<StreamedEntitlementResult> Good,
        Evaluation<StreamedEntitlementResult> Bad
    ) StreamCsv()
    {
        #region stream-csv
        // An MIS export: one row per learner per activity (see docs/samples/encounters.csv).
        const string meaningful = "LearningOutcomes|TwoWayInteraction|ActiveParticipation";
        var csvText = string.Join(
            "\n",
            EncounterCsv.Header,
            $"L1,112233,Year 10,talk-1,2024-10-01,EmployerTalk,{meaningful},1",
            $"L1,112233,Year 10,fair-1,2024-11-05,CareersFair,{meaningful},5",
            "L2,112233,Y9,fair-1,2024-11-05,CareersFair,LearningOutcomes|TwoWayInteraction,5",
            "L3,445566,7,guidance-1,2025-01-20,GuidanceMeeting,,0"
        );

        var asAt = new LocalDate(2025, 3, 1);
        var policy = EncounterPolicy.DerbyOpportunityArea;
        var evaluation = EntitlementStream.EvaluateCsv(policy, new StringReader(csvText), asAt);
        var success = evaluation.Success; // true
        var result = evaluation.GetResultOrThrow();
        var records = result.Records; // 4
        var learners = result.Learners.Select(l => (l.LearnerId, l.Status, l.Count)).ToList();
        // ("L1", OnTrack, 2), ("L2", AtRisk, 0), ("L3", OnTrack, 0)
        var notMeaningful = result.NotCounted[NotCountedReason.NotMeaningful]; // 1
        var wrongKind = result.NotCounted[NotCountedReason.WrongKind]; // 1

        // A row that cannot be read is a problem at its row and column, and there is no result.
        var withBadRow = csvText + "\nL4,445566,Year 14,talk-1,2024-10-01,EmployerTalk,,1";
        var rejected = EntitlementStream.EvaluateCsv(policy, new StringReader(withBadRow), asAt);
        var problems = rejected.Problems.Select(p => (p.Code, p.Path)).ToList();
        // ("csv.year-group", "/rows/5/year_group"); rejected.Success is false, rejected.Result null
        #endregion

        _ = (success, records, learners, notMeaningful, wrongKind, problems);
        return (evaluation, rejected);
    }

    /// <summary>
    /// Evaluates an export from a UTF-8 stream, works out a second measure per learner in the same pass, and joins a
    /// roll of learners to the result.
    /// </summary>
    /// <returns>The result, the learners with a workplace experience, and the disadvantaged learners who met the entitlement.</returns>
    public static (
        StreamedEntitlementResult Result,
        IReadOnlyList<string> Workplace,
        IReadOnlyList<string> DisadvantagedMet
    ) StreamUtf8()
    {
        const string meaningful = "LearningOutcomes|TwoWayInteraction|ActiveParticipation";
        var export = string.Join(
            "\n",
            EncounterCsv.Header,
            $"L1,112233,Year 11,talk-1,2024-10-01,EmployerTalk,{meaningful},1",
            $"L1,112233,Year 11,fair-1,2024-11-05,CareersFair,{meaningful},5",
            $"L1,112233,Year 11,visit-1,2024-12-02,WorkplaceVisit,{meaningful},1",
            $"L1,112233,Year 11,mentor-1,2025-01-13,Mentoring,{meaningful},1",
            $"L2,112233,Year 11,visit-1,2024-12-02,WorkplaceVisit,{meaningful},1",
            $"L3,445566,Year 8,talk-2,2024-10-08,EmployerTalk,{meaningful},1"
        );
        var roll = new[] { ("L1", true), ("L2", true), ("L3", false), ("L9", true) };
        using var file = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(export));

        #region stream-utf8
        // A file's bytes are parsed as they are, in blocks: on one thread by default, here on every core, as a batch
        // job may choose. Records still come in the order of the rows.
        var everyCore = new EncounterCsvOptions
        {
            MaxDegreeOfParallelism = Environment.ProcessorCount,
        };

        // Another measure is worked out in the same pass: here, who had a workplace experience, by learner index.
        var workplace = new List<bool>();
        var asAt = new LocalDate(2025, 3, 1);
        var problems = new List<ValidationError>();
        var evaluation = EntitlementStream.Evaluate(
            EncounterPolicy.DerbyOpportunityArea,
            EncounterCsv.Read(file, problems, everyCore), // a FileStream in practice
            asAt,
            (in EncounterRecord record, int learner) =>
            {
                while (workplace.Count <= learner)
                {
                    workplace.Add(false);
                }

                workplace[learner] |=
                    record.Kind.Category() == ActivityCategory.WorkplaceExperience;
            }
        );
        var result = evaluation.GetResultOrThrow(); // throws, listing them, if a row had problems

        // Other data is joined through the result's own index of learner ids: no dictionary to build.
        var disadvantagedMet = new List<string>();
        foreach (var (learnerId, disadvantaged) in roll)
        {
            var index = result.IndexOf(learnerId); // -1 for L9, who has no rows
            if (
                index >= 0
                && disadvantaged
                && result.Learners[index].Status == EntitlementStatus.Met
            )
            {
                disadvantagedMet.Add(learnerId); // L1
            }
        }

        var hadWorkplace = result
            .Learners.Where((_, index) => workplace[index])
            .Select(l => l.LearnerId)
            .ToList(); // L1, L2
        #endregion

        return (result, hadWorkplace, disadvantagedMet);
    }

    /// <summary>Evaluates records that arrive asynchronously.</summary>
    /// <returns>The result.</returns>
    public static async Task<StreamedEntitlementResult> StreamAsync()
    {
        #region stream-async
        // Any asynchronous source will do: a database reader, a message queue, a paged web API.
        static async IAsyncEnumerable<EncounterRecord> ReadAsync(IEnumerable<EncounterRecord> rows)
        {
            foreach (var row in rows)
            {
                await Task.Yield(); // stands in for waiting on the source
                yield return row;
            }
        }

        var talk = new EncounterRecord(
            "L1",
            "112233",
            YearGroup.Year10,
            "talk-1",
            new LocalDate(2024, 10, 1),
            ActivityKind.EmployerTalk,
            EncounterPolicyBuilder.DefaultRequiredEvidence,
            1
        );
        var fair = new EncounterRecord(
            "L1",
            "112233",
            YearGroup.Year10,
            "fair-1",
            new LocalDate(2024, 11, 5),
            ActivityKind.CareersFair,
            EncounterPolicyBuilder.DefaultRequiredEvidence,
            5
        );

        // The talk arrives twice: the repeat is a duplicate.
        var source = ReadAsync([talk, fair, talk]);
        var policy = EncounterPolicy.DerbyOpportunityArea;
        var asAt = new LocalDate(2025, 3, 1);
        var evaluation = await EntitlementStream.EvaluateAsync(policy, source, asAt);
        var result = evaluation.GetResultOrThrow();
        var learner = result.Learners[0]; // L1: EntitlementStatus.OnTrack, Count 2
        var duplicates = result.NotCounted[NotCountedReason.Duplicate]; // 1
        #endregion

        _ = (learner, duplicates);
        return result;
    }

    /// <summary>Evaluates a school's pupils against the Provider Access Legislation as at 1 March 2025.</summary>
    /// <returns>The result.</returns>
    public static ProviderAccessResult ProviderAccess()
    {
        #region provider-access
        var asAt = new LocalDate(2025, 3, 1);
        var year = AcademicYear.ForDate(asAt); // 2024/25
        var learners = new[]
        {
            new Learner("y8-1", new LocalDate(2012, 5, 9), YearGroup.Year8, year),
            new Learner("y9-1", new LocalDate(2011, 1, 15), YearGroup.Year9, year),
            new Learner("y9-2", new LocalDate(2010, 11, 30), YearGroup.Year9, year),
            new Learner("y11-1", new LocalDate(2009, 5, 21), YearGroup.Year11, year),
            new Learner("y13-1", new LocalDate(2007, 2, 3), YearGroup.Year13, year),
        };

        // Two providers of approved technical education qualifications or apprenticeships, and a
        // sixth form that offers neither.
        var college = new ActivityOrganisation(
            "fe-1",
            "A further education college",
            OrganisationType.FurtherEducationCollege
        )
        {
            OffersApprovedTechnicalEducationOrApprenticeships = true,
        };
        var trainer = new ActivityOrganisation(
            "itp-1",
            "An independent training provider",
            OrganisationType.IndependentTrainingProvider
        )
        {
            OffersApprovedTechnicalEducationOrApprenticeships = true,
        };
        var sixthForm = new ActivityOrganisation(
            "sf-1",
            "A school sixth form",
            OrganisationType.SchoolSixthForm
        );

        // An encounter in the school day that covers what the guidance asks each one to cover.
        static CareersActivity Encounter(string id, LocalDate date, ActivityOrganisation provider)
        {
            return new CareersActivity(id, ActivityKind.ProviderEncounter, date)
            {
                Organisations = [provider],
                Evidence = ProviderAccessPolicy.Default.RequiredContent,
                DuringSchoolDay = true,
            };
        }

        // A parents' evening is not in the school day.
        var evening = Encounter("evening", new LocalDate(2024, 11, 20), college) with
        {
            DuringSchoolDay = false,
        };
        var activities = new List<CareersActivity>
        {
            Encounter("pe-1", new LocalDate(2024, 1, 10), college),
            Encounter("sf-1", new LocalDate(2024, 3, 14), sixthForm),
            Encounter("pe-2", new LocalDate(2024, 5, 10), trainer),
            Encounter("pe-3", new LocalDate(2024, 6, 12), college),
            Encounter("pe-4", new LocalDate(2024, 10, 15), trainer),
            evening,
            // Two talks put on for the whole of Year 13 (the third key phase), whoever came.
            Encounter("pe-5", new LocalDate(2024, 11, 5), college) with
            {
                OfferedTo = [YearGroup.Year13],
            },
            Encounter("pe-6", new LocalDate(2025, 1, 20), college) with
            {
                OfferedTo = [YearGroup.Year13],
            },
        };
        var participations = new List<Participation>
        {
            new Participation("pe-1", "y9-1"),
            new Participation("sf-1", "y9-1"),
            new Participation("pe-2", "y9-1"),
            new Participation("pe-1", "y9-2"),
            new Participation("pe-3", "y9-2"), // the same college again
            new Participation("pe-4", "y11-1"),
            new Participation("evening", "y11-1"),
        };

        // A state-funded secondary school: within Education Act 1997 s.42B(2).
        var school = new Institution("school-1", "A secondary academy", InstitutionType.Secondary);
        var record = ActivityRecord.Create(learners, activities, participations).GetResultOrThrow();
        var evaluator = ProviderAccessEvaluator.Default; // the statutory rules, pal.2023 version 1.1
        var evaluation = evaluator.Evaluate(school, record, asAt);
        var result = evaluation.GetResultOrThrow();

        // Each pupil, phase by phase.
        var phaseOne = result.Learners[1].Phase(ProviderAccessPhase.One); // y9-1
        var compliant = phaseOne.Status; // PhaseStatus.Compliant: fe-1, then itp-1
        var counted = phaseOne.Counted; // ["pe-1", "pe-2"]
        var window = (phaseOne.WindowStart, phaseOne.WindowEnd); // 2023-09-01 to 2025-02-28
        var reasons = phaseOne.Reasons;
        // ["sf-1 (2024-03-14) does not count: no provider of approved technical education or
        //   apprenticeships."]

        var sameCollege = result.Learners[2].Phase(ProviderAccessPhase.One); // y9-2
        // Status PhaseStatus.Missed; Counted ["pe-1", "pe-3"]; Reasons:
        // "2 qualifying encounters, all with the same provider or providers (fe-1); in the first
        //  and second key phases a pupil must not meet exactly the same ones each time."
        var phaseTwo = result.Learners[3].Phase(ProviderAccessPhase.Two); // y11-1
        // Status PhaseStatus.Missed; Reasons:
        // "1 qualifying encounter of the 2 needed between 2023-09-01 and 2025-02-28.",
        // "evening (2024-11-20) does not count: not during the school day."
        var optional = result.Learners[4].Phase(ProviderAccessPhase.Three); // y13-1
        // IsMandatory false; Status PhaseStatus.NotAttended: attending is optional, not a failure

        // The school's duty, cohort by cohort: each cohort is owed its own occasions in its own
        // window, and occasions given to another cohort never count for it.
        var cohort = result.Cohorts.First(c => c.Phase == ProviderAccessPhase.One);
        // Cohort "Year 8 in 2019/20" (y13-1): no occasions, Status DutyStatus.NotMet
        var y9s = result.Cohorts.Single(c => c.Cohort == "Year 8 in 2023/24");
        // Occasions ["pe-1", "pe-2", "pe-3"], Status DutyStatus.Met, Missed ["y9-2"]
        var y8s = result.Cohorts.Single(c => c.Cohort == "Year 8 in 2024/25");
        // Status DutyStatus.InProgress (pe-4 was for y11-1's cohort), Outstanding ["y8-1"]
        var sixthFormDuty = result.Cohorts.Single(c => c.Cohort == "Year 12 in 2023/24");
        // Occasions ["pe-5", "pe-6"], Status DutyStatus.Met: two occasions put on, nobody
        // attended, and the same college twice is allowed in the third phase; NotAttended ["y13-1"]
        var verdict = result.Verdict; // ProviderAccessVerdict.NotMet: closed windows left unmet

        // A college is outside the duty: a clear "not in scope", with no verdict on anyone.
        var derbyCollege = new Institution(
            "college-1",
            "A further education college",
            InstitutionType.FurtherEducationCollege
        );
        var notInScope = evaluator.Evaluate(derbyCollege, record, asAt).GetResultOrThrow().Verdict; // ProviderAccessVerdict.NotInScope

        // Each window closes on 28 February; in a leap year, 29 February is outside it. For y8-1,
        // phase two ends on 2028-02-28, and 2028 is a leap year.
        var end = ProviderAccessPolicy.WindowEnd(ProviderAccessPhase.Two, learners[0]);
        #endregion

        _ = (compliant, counted, window, reasons, sameCollege, phaseTwo, optional);
        _ = (cohort, y9s, y8s, sixthFormDuty, verdict, notInScope, end);
        return result;
    }

    /// <summary>Checks a provider access policy statement against the checklist.</summary>
    /// <returns>Whether the first draft is complete, and the items it misses.</returns>
    public static (bool Complete, IReadOnlyList<StatementItem> Missing) Statement()
    {
        #region statement
        // What the school's provider access policy statement sets out.
        var statement = new ProviderAccessStatement
        {
            Published = true,
            RequestProcedure = true,
            TimesOfAccess = true,
        };
        var complete = statement.IsComplete; // false
        var missing = statement.Check().Where(i => !i.Met).ToList();
        // ("grounds", "It sets out the grounds for granting and refusing requests.", false),
        // ("premises", "It sets out the premises and facilities to be provided.", false),
        // ("duties", "It sets out how the school proposes to meet the duties of s.42B(1A) and
        //  (2A): the encounters in each key phase.", false)

        var revised = statement with
        {
            GroundsForGrantingAndRefusing = true,
            PremisesAndFacilities = true,
            HowDutiesAreMet = true, // s.42B(5)(d), since the Skills and Post-16 Education Act 2022
        };
        var nowComplete = revised.IsComplete; // true

        // Outside the duty (an independent school, a college), the answer is "not in scope".
        var college = new Institution("c-1", "A college", InstitutionType.FurtherEducationCollege);
        var verdict = revised.Assess(college); // StatementVerdict.NotInScope
        #endregion

        _ = (nowComplete, verdict);
        return (complete, missing);
    }

    /// <summary>Registers the Careers.Encounters evaluators with a chosen entitlement policy.</summary>
    /// <param name="services">The application's service collection.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection Register(IServiceCollection services)
    {
        #region dependency-injection
        // Registers an EntitlementEvaluator singleton for the policy, a ProviderAccessEvaluator for
        // the statutory rules, and what AddCareersAbstractions registers (an IClock). The options
        // are checked here, at start-up; a second call changes nothing.
        var policy = EncounterPolicy.OpportunityAreasEmployerCommitment;
        services.AddCareersEncounters(options => options.Entitlement = policy);

        // Then take an EntitlementEvaluator or a ProviderAccessEvaluator in a constructor.
        #endregion

        return services;
    }
}
