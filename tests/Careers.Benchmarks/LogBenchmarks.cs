using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Careers.CareersLog;
using NodaTime;

namespace Careers.Benchmarks;

// Careers.CareersLog is also a namespace, and inside namespace Careers.* the compiler finds the namespace before the
// type; this alias names the type (code outside namespace Careers needs only `using Careers.CareersLog;`).

/// <summary>
/// Validating and reading a batch of 10,000 careers logs, a realistic secondary-school year group: each log carries
/// its primary entries (aspirations, sessions, skills, family engagement) and three years of secondary entries,
/// about 24 entries and 7 KB. Divide <see cref="TotalBytes"/> (printed at set-up) by the median for MB/s.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class LogBenchmarks
{
    private byte[][] documents = [];

    /// <summary>The size of the batch in bytes.</summary>
    public long TotalBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2020);
        documents = Enumerable
            .Range(0, 10_000)
            .Select(i => CareersLogSerializer.SerializeToUtf8Bytes(Log(i, random)))
            .ToArray();
        TotalBytes = documents.Sum(d => (long)d.Length);
        Console.WriteLine(
            $"// {documents.Length} logs, {TotalBytes:N0} bytes, {TotalBytes / documents.Length:N0} bytes a log"
        );
    }

    [Benchmark]
    public int Validate()
    {
        var problems = 0;
        foreach (var document in documents)
        {
            problems += CareersLogValidator.Default.Validate(document).Count;
        }

        return problems;
    }

    [Benchmark]
    public int ValidateAndDeserialize()
    {
        var entries = 0;
        foreach (var document in documents)
        {
            entries += CareersLogSerializer.Deserialize(document).GetResultOrThrow().Entries.Count;
        }

        return entries;
    }

    private static CareersLogDocument Log(int index, Random random)
    {
        var upn = Upn.Create(831, 4000 + (index % 50), 13, index % 1000);
        var teacher = new LogAuthor(AuthorRole.Teacher) { Name = "Ms Patel" };
        var learner = new LogAuthor(AuthorRole.Learner);
        var leader = new LogAuthor(AuthorRole.CareersLeader);
        var entries = new List<LogEntry>();
        string Id(string prefix) =>
            prefix + "-" + entries.Count.ToString(CultureInfo.InvariantCulture);
        LocalDate In(int year) => new LocalDate(year, 9, 10).PlusDays(random.Next(300));
        for (var year = 1; year <= 6; year++)
        {
            var start = 2013 + year;
            entries.Add(
                new AspirationEntry(
                    Id("p"),
                    In(start),
                    YearGroup.FromNumber(year),
                    learner,
                    ["vet", "footballer"],
                    null,
                    ["x-sport", "health-and-science"]
                )
            );
            entries.Add(
                new SkillEntry(
                    Id("p"),
                    In(start),
                    YearGroup.FromNumber(year),
                    teacher,
                    (EssentialSkill)random.Next(8),
                    random.Next(16),
                    SkillAssessor.Teacher
                )
                {
                    Evidence = "Worked well in a team to build a model bridge.",
                }
            );
            if (year % 2 == 0)
            {
                entries.Add(
                    new CareerRelatedLearningEntry(
                        Id("p"),
                        In(start),
                        YearGroup.FromNumber(year),
                        teacher,
                        "People who help us"
                    )
                    {
                        Employers = ["Royal Derby Hospital"],
                        DurationMinutes = 60,
                    }
                );
                entries.Add(
                    new FamilyEngagementEntry(
                        Id("p"),
                        In(start),
                        YearGroup.FromNumber(year),
                        teacher,
                        "Careers breakfast with parents and carers."
                    )
                );
            }
        }

        for (var year = 7; year <= 9; year++)
        {
            var start = 2013 + year;
            entries.Add(
                new EmployerEncounterEntry(
                    Id("s"),
                    In(start),
                    YearGroup.FromNumber(year),
                    leader,
                    ActivityKind.EmployerTalk,
                    ["Rolls-Royce", "Alstom"]
                )
                {
                    Meaningful =
                        MeaningfulEvidence.LearningOutcomes
                        | MeaningfulEvidence.TwoWayInteraction
                        | MeaningfulEvidence.ActiveParticipation,
                    ActivityId = "ACT-" + year.ToString(CultureInfo.InvariantCulture),
                }
            );
            entries.Add(
                new WorkplaceExperienceEntry(
                    Id("s"),
                    In(start),
                    YearGroup.FromNumber(year),
                    leader,
                    ActivityKind.WorkplaceVisit,
                    "Toyota Burnaston"
                )
                {
                    Meaningful = MeaningfulEvidence.ClearPurpose | MeaningfulEvidence.Reflection,
                    Days = 1,
                }
            );
            entries.Add(
                new ProviderEncounterEntry(
                    Id("s"),
                    In(start),
                    YearGroup.FromNumber(year),
                    leader,
                    ActivityKind.ProviderEncounter,
                    new LogOrganisation("Derby College Group")
                )
                {
                    DuringSchoolDay = true,
                    Meaningful = MeaningfulEvidence.ProviderInformation,
                }
            );
            entries.Add(
                new SkillEntry(
                    Id("s"),
                    In(start),
                    YearGroup.FromNumber(year),
                    learner,
                    (EssentialSkill)random.Next(8),
                    random.Next(16),
                    SkillAssessor.Self
                )
            );
            entries.Add(
                new ReflectionEntry(
                    Id("s"),
                    In(start),
                    YearGroup.FromNumber(year),
                    learner,
                    "I liked seeing how the trains are built and want to try engineering."
                )
                {
                    About = entries[^4].Id,
                }
            );
        }

        entries.Add(
            new GuidanceMeetingEntry(
                Id("s"),
                In(2022),
                YearGroup.Year9,
                leader,
                new GuidanceAdviser { QualificationLevel = 6 }
            )
            {
                AgreedDecisions = ["Look at engineering options."],
            }
        );
        return new CareersLogDocument(
            LogLearner.WithUpn(upn) with
            {
                DateOfBirth = new LocalDate(2008, 1 + (index % 12), 1 + (index % 28)),
            },
            [
                new LogSchool(Urn.Parse("112233"), null, new LocalDate(2013, 9, 2))
                {
                    To = new LocalDate(2020, 7, 20),
                },
                new LogSchool(Urn.Parse("145566"), null, new LocalDate(2020, 9, 2)),
            ],
            entries
        );
    }
}
