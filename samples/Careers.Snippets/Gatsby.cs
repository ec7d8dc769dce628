#region usings
using System;
using System.Collections.Generic;
using System.Linq;
using Careers;
using Careers.Gatsby;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
#endregion

namespace Careers.Snippets;

/// <summary>
/// The code samples of the Careers.Gatsby article (docs/articles/gatsby.md), compiled so that they cannot drift from
/// the API. Each method holds one <c>#region</c> that the article quotes and returns what the region computed, so that
/// a test can check the values the article's comments state.
/// </summary>
public static class GatsbySnippets
{
    /// <summary>Finds the framework in force on a date, its benchmarks and one of its criteria.</summary>
    /// <returns>The framework, the criterion <c>2024.schools.B6.1</c> and what each learner needs for it.</returns>
    public static (GatsbyFramework Framework, GatsbyCriterion Criterion, string Need) Frameworks()
    {
        #region frameworks
        // The framework in force on a date: the 2024 edition from 1 September 2025, the 2014 edition before.
        var asAt = new LocalDate(2025, 9, 1);
        var framework = GatsbyFramework.For(InstitutionType.Secondary, asAt);
        var id = framework.ToString(); // "gatsby.2024.schools@1.1"
        var before = GatsbyFramework.For(InstitutionType.Secondary, new LocalDate(2025, 8, 31)).Id;
        // "gatsby.2014.schools"
        var college = GatsbyFramework.For(InstitutionType.FurtherEducationCollege, asAt).Id;
        // "gatsby.2024.colleges"

        // Eight benchmarks, each with its criteria (the "assessment areas" of Compass).
        var benchmarks = framework.Benchmarks.Select(b => b.ToString()).ToList();
        // "B1 A stable careers programme", "B2 Learning from career and labour market information", ...

        // Criteria have stable ids: edition, audience, benchmark and position.
        var found = framework.TryGetCriterion("2024.schools.B6.1", out var criterion); // true
        var evidence = criterion.Evidence; // CriterionEvidence.LearnerEvidence: activity records prove it
        var quoted = criterion.IsQuoted; // false: Text summarises the publication that Source names

        // A declared criterion has no Requirement; a learner-evidenced one says what each learner needs.
        var need = "declared by the institution";
        if (criterion.Requirement is { } requirement)
        {
            need = requirement.Describe(requirement.MinimumCount);
            // "at least two meaningful experiences of a workplace by the age of 16"
        }

        // What an employer encounter needs to be meaningful in this edition.
        var employer = framework.Meaningful.EmployerEncounter;
        // ClearPurpose | LearningOutcomes | TwoWayInteraction | Reflection
        #endregion

        _ = (id, before, college, benchmarks, found, evidence, quoted, employer);
        return (framework, criterion, need);
    }

    /// <summary>Scores a Compass-style self-assessment from declared answers.</summary>
    /// <returns>The number of benchmarks fully achieved, Benchmark 1's result and why Benchmark 8 falls short.</returns>
    public static (int Achieved, BenchmarkResult B1, string Why) SelfAssessment()
    {
        #region self-assessment
        var framework = GatsbyFramework.Edition2024Schools;

        // Criterion id -> met: one answer per criterion, as in Compass.
        var answers = new Dictionary<string, bool>();
        foreach (var criterion in framework.Criteria)
        {
            answers[criterion.Id] = true;
        }

        answers["2024.schools.B1.2"] = false; // no plan yet for engaging parents and carers
        answers.Remove("2024.schools.B8.2"); // not answered, so not met

        // 31 December is one of the Compass snapshot dates.
        var asAt = new LocalDate(2025, 12, 31);
        var evaluation = GatsbyEvaluator.Default.SelfAssess(framework, answers, asAt, "school-1");
        var result = evaluation.GetResultOrThrow();

        var achieved = result.BenchmarksFullyAchieved; // 6: every benchmark but B1 and B8
        var b1 = result.Benchmark(1);
        var percentage = b1.Percentage; // 75: 3 of its 4 criteria met
        var status = b1.Status; // BenchmarkStatus.InProgress
        var missing = b1.Missing.Select(c => c.Criterion.Id).ToList(); // ["2024.schools.B1.2"]
        var why = result.Benchmark(8).Missing.Single().Explanation; // "Not answered, so not met."
        #endregion

        _ = (percentage, status, missing);
        return (achieved, b1, why);
    }

    /// <summary>Scores a school from its activity record as at 1 March 2025, and reads the coverage of Benchmark 5.</summary>
    /// <returns>The result, and Benchmark 5's coverage of Year 10 and Year 11.</returns>
    public static (GatsbyResult Result, IReadOnlyList<CoverageGroup> Coverage) School()
    {
        #region school
        // Score as at 1 March 2025: the 2014 edition is in force, and year groups are those of 2024/25.
        var asAt = new LocalDate(2025, 3, 1);
        var framework = GatsbyFramework.For(InstitutionType.Secondary, asAt); // gatsby.2014.schools
        var year = new AcademicYear(2024);

        var learners = new[]
        {
            new Learner("y10-1", new LocalDate(2009, 10, 3), YearGroup.Year10, year),
            new Learner("y10-2", new LocalDate(2010, 2, 17), YearGroup.Year10, year),
            new Learner("y10-3", new LocalDate(2010, 6, 30), YearGroup.Year10, year),
            new Learner("y11-1", new LocalDate(2008, 12, 1), YearGroup.Year11, year),
            new Learner("y11-2", new LocalDate(2009, 4, 22), YearGroup.Year11, year),
        };

        var employer = new ActivityOrganisation("emp-1", "Rail Ltd", OrganisationType.Employer)
        {
            SizeBand = EmployerSizeBand.Medium,
        };

        // A talk that meets the 2014 definition of a meaningful employer encounter.
        var talk = new CareersActivity(
            "talk-1",
            ActivityKind.EmployerTalk,
            new LocalDate(2024, 11, 14)
        )
        {
            Organisations = [employer],
            Evidence =
                MeaningfulEvidence.LearningOutcomes
                | MeaningfulEvidence.TwoWayInteraction
                | MeaningfulEvidence.ActiveParticipation,
        };

        // Work experience last July, in Year 10; the employer's feedback is recorded per learner, below.
        var placement = new CareersActivity(
            "wex-1",
            ActivityKind.WorkExperience,
            new LocalDate(2024, 7, 8)
        )
        {
            Organisations = [employer],
            Evidence =
                MeaningfulEvidence.LearningOutcomes
                | MeaningfulEvidence.ExtensiveTwoWayInteraction
                | MeaningfulEvidence.ActiveParticipation
                | MeaningfulEvidence.MetRangeOfPeople
                | MeaningfulEvidence.TaskSetByEmployer,
        };

        // Personal guidance with an adviser qualified at Level 6.
        var guidance = new CareersActivity(
            "pg-1",
            ActivityKind.GuidanceMeeting,
            new LocalDate(2025, 1, 20)
        )
        {
            AdviserQualificationLevel = 6,
        };

        var participations = new List<Participation>
        {
            new Participation("talk-1", "y10-1"),
            new Participation("talk-1", "y10-2"),
            new Participation("talk-1", "y11-1"),
            new Participation("talk-1", "y11-2"),
            new Participation("wex-1", "y11-1") { Evidence = MeaningfulEvidence.EmployerFeedback },
            new Participation("pg-1", "y11-1"),
            new Participation("pg-1", "y11-2"),
        };

        // The activity record, checked once: each id once, every participation naming one of its learners and
        // activities, dates in the supported range. GetResultOrThrow lists the problems of records that are not.
        var record = ActivityRecord
            .Create(learners, [talk, placement, guidance], participations)
            .GetResultOrThrow();

        // What Benchmark 3 needs beyond the activity record: advice records and leavers' destinations.
        var benchmarkRecords = new BenchmarkRecords
        {
            AdviceRecords = ["y11-1", "y11-2"],
            Leavers = [new LeaverDestinations("left-1", new AcademicYear(2023), 1)],
        };

        // Declared answers for the declared criteria only; the activity record proves the rest.
        var declared = framework
            .Criteria.Where(c => c.Evidence == CriterionEvidence.Declared)
            .ToDictionary(c => c.Id, c => c.Benchmark != 4); // Benchmark 4 is not in place yet

        var scorer = GatsbyEvaluator.Default;
        var evaluation = scorer.Assess(
            framework,
            declared,
            record,
            benchmarkRecords,
            asAt,
            "school-1"
        );
        if (!evaluation.Success)
        {
            // Bad input gives no score: each problem has a code, a JSON pointer and a message.
            throw new InvalidOperationException(string.Join("\n", evaluation.Problems));
        }

        var result = evaluation.Result; // not null once Success is true
        var achieved = result.BenchmarksFullyAchieved; // 3: B1, B2 and B8

        // Benchmark 5, year group by year group: who has had a meaningful encounter this academic year.
        var b5 = result.Benchmark(5).Criteria[0]; // 2014.schools.B5.1, CriterionStatus.NotMet
        var year10 = b5.Coverage[0];
        // Name "Year 10", InScope 3, Meeting 2, Share 2/3, Band CoverageBand.Most, Lacking ["y10-3"],
        // Explanation "Year 10: 1 of 3 learners still needs at least one meaningful employer encounter
        // this academic year."
        var year11 = b5.Coverage[1];
        // Name "Year 11", InScope 2, Meeting 2, Share 1, Band CoverageBand.All, Lacking [],
        // Explanation "Year 11: all 2 learners have at least one meaningful employer encounter this
        // academic year."

        // "By the age of 16" is judged on Year 11; Year 10 is shown as progress towards it.
        var b6By16 = result.Benchmark(6).Criteria[0]; // 2014.schools.B6.1
        var by16 = b6By16.Coverage.Select(g => (g.Name, g.IsAssessed, g.Meeting, g.InScope));
        // ("Year 10", false, 0, 3), ("Year 11", true, 1, 2)
        #endregion

        _ = (achieved, by16);
        return (result, new[] { year10, year11 });
    }

    /// <summary>Explains a result in plain text and writes it as JSON.</summary>
    /// <param name="result">A result, such as the one <see cref="School"/> computes.</param>
    /// <returns>The explanation and the indented JSON.</returns>
    public static (string Text, string Json) Explain(GatsbyResult result)
    {
        #region explain
        // Each benchmark's status and, under every criterion not met, why and which groups fall short.
        var text = result.Explain();
        // Good Career Guidance (gatsby.2014.schools@1.1, policy careers-sdk.gatsby@1.0), as at 2025-03-01,
        // institution school-1: 3 of 8 benchmarks fully achieved.
        // B1 A stable careers programme: achieved, 3 of 3 criteria met (100.0%).
        // ...

        // The same result in the documented, stable JSON shape.
        var json = GatsbyJson.Serialize(result, indented: true);
        #endregion

        return (text, json);
    }

    /// <summary>Sets a local policy: a lower coverage threshold and a different minimum count for one criterion.</summary>
    /// <returns>The scorer, and the minimum count of 2024 Benchmark 6 by 16 under the default and the local policy.</returns>
    public static (GatsbyEvaluator Scorer, int Default, int Local) LocalPolicy()
    {
        #region policy
        // Change settings with `with`, and give the changed policy an id and a version of your own:
        // every result records them.
        var policy = GatsbyPolicy.Default with
        {
            Id = "derby",
            Version = "2025.1",
            CoverageThreshold = 0.9m, // met when 90% of each assessed group meet it
            MinimumCounts = new Dictionary<string, int> { ["2024.schools.B6.1"] = 1 },
        };
        var scorer = new GatsbyEvaluator(policy);

        // The count in force: the policy's override, else the framework's.
        var b6By16 = GatsbyFramework.Edition2024Schools.Benchmark(6).Criteria[0]; // 2024.schools.B6.1
        var standard = GatsbyPolicy.Default.MinimumCountFor(b6By16); // 2: "experiences", read as two
        var local = policy.MinimumCountFor(b6By16); // 1
        #endregion

        return (scorer, standard, local);
    }

    /// <summary>Scores bad input: an answer for another edition and an activity after the as-at date.</summary>
    /// <returns>Whether a score was given, the problems, and whether ignoring future activities gives one.</returns>
    public static (bool Success, IReadOnlyList<ValidationError> Problems, bool Ignored) Problems()
    {
        #region problems
        var asAt = new LocalDate(2025, 3, 1);
        var year = AcademicYear.ForDate(asAt); // 2024/25
        var framework = GatsbyFramework.Edition2014Schools;
        var learner = new Learner("y9-1", new LocalDate(2011, 1, 9), YearGroup.Year9, year);
        var talkDate = new LocalDate(2025, 3, 20); // after the as-at date
        var planned = new CareersActivity("talk-9", ActivityKind.EmployerTalk, talkDate);
        var participation = new Participation("talk-9", "y9-1");
        var record = ActivityRecord
            .Create([learner], [planned], [participation])
            .GetResultOrThrow();
        var answers = new Dictionary<string, bool> { ["2024.schools.B1.1"] = true };

        var evaluation = GatsbyEvaluator.Default.Assess(framework, answers, record, asAt);
        var success = evaluation.Success; // false: bad input never yields a score
        var problems = evaluation.Problems.Select(p => (p.Code, p.Path, p.Message)).ToList();
        // ("answer.other-framework", "/answers/2024.schools.B1.1",
        //  "Criterion 2024.schools.B1.1 belongs to gatsby.2024.schools, not gatsby.2014.schools: answers
        //   for one edition cannot be scored against another.")
        // ("activity.after-as-at", "/activities/0",
        //  "Activity 'talk-9' is dated 2025-03-20, after the as-at date 2025-03-01; remove it or score as
        //   at a later date.")

        // For data that mixes planned and delivered activities, leave the future ones out instead.
        var ignoreFuture = GatsbyPolicy.Default with
        {
            FutureActivities = FutureActivityHandling.Ignore,
        };
        var lenient = new GatsbyEvaluator(ignoreFuture);
        var noAnswers = new Dictionary<string, bool>();
        var ignored = lenient.Assess(framework, noAnswers, record, asAt).Success; // true
        #endregion

        _ = problems;
        return (success, evaluation.Problems, ignored);
    }

    /// <summary>Rolls up an area's self-assessments and sets them beside the national figures for 2022/23.</summary>
    /// <returns>The area summary and the comparison.</returns>
    public static (AreaSummary Area, string Comparison) Area()
    {
        #region area
        // Four schools' self-assessments as at 31 March 2023, a Compass snapshot date. Each school here
        // meets every criterion of its first N benchmarks and none of the rest.
        var framework = GatsbyFramework.Edition2014Schools;
        var asAt = new LocalDate(2023, 3, 31);
        Dictionary<string, bool> Answers(int benchmarksAchieved) =>
            framework.Criteria.ToDictionary(c => c.Id, c => c.Benchmark <= benchmarksAchieved);

        var scorer = GatsbyEvaluator.Default;
        var results = new List<GatsbyResult>
        {
            scorer.SelfAssess(framework, Answers(8), asAt, "school-a").GetResultOrThrow(),
            scorer.SelfAssess(framework, Answers(5), asAt, "school-b").GetResultOrThrow(),
            scorer.SelfAssess(framework, Answers(2), asAt, "school-c").GetResultOrThrow(),
            scorer.SelfAssess(framework, Answers(1), asAt, "school-d").GetResultOrThrow(),
        };

        // Only fully achieved benchmarks count, as in the national statistics.
        var area = AreaSummary.Of(results);
        var average = area.AverageBenchmarksFullyAchieved; // 4
        var allEight = area.PercentAchievingAllEight; // 25
        var each = area.PercentFullyAchieving; // 100, 75, 50, 50, 50, 25, 25, 25

        // Beside the published national figures for 2022/23.
        var comparison = string.Empty;
        if (NationalBenchmarkFigures.TryGet(new AcademicYear(2022), out var national))
        {
            comparison = area.CompareWith(national);
        }

        // Compared with England in 2022/23 (The Careers & Enterprise Company, Insight briefing: Gatsby
        // Benchmark results 2022/23):
        // - average benchmarks fully achieved: 4 here, 5.5 nationally (-1.5)
        // - achieving all eight: 25% here, 19.1% nationally (+5.9 points)
        #endregion

        _ = (average, allEight, each);
        return (area, comparison);
    }

    /// <summary>Registers a Gatsby scorer with a local policy.</summary>
    /// <param name="services">The application's service collection.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection Register(IServiceCollection services)
    {
        #region dependency-injection
        // Registers a GatsbyEvaluator singleton with the policy, and what AddCareersAbstractions registers
        // (an IClock). The policy is checked here, at start-up; a second call changes nothing.
        var policy = GatsbyPolicy.Default with { Id = "derby", CoverageThreshold = 0.9m };
        services.AddCareersGatsby(options => options.Policy = policy);

        // Then take a GatsbyEvaluator in a constructor, like any other service.
        #endregion

        return services;
    }
}
