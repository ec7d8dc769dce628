using System.IO;
using System.Linq;
using System.Reflection;
using NodaTime;

namespace Careers.CareersLog.Tests;

/// <summary>Logs and fixture files the log tests share.</summary>
internal static class LogSamples
{
    public static string Root { get; } =
        typeof(LogSamples)
            .Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepoRoot")
            .Value!;

    public static string Fixtures =>
        Path.Combine(Root, "tests", "Careers.CareersLog.Tests", "Fixtures");

    public static string Fixture(string relative) =>
        File.ReadAllText(Path.Combine(Fixtures, relative));

    public static readonly Upn Upn = Upn.Create(831, 4001, 21, 1);

    public static LogSchool Primary { get; } =
        new(Urn.Parse("112233"), LaEstab.Parse("8312001"), new LocalDate(2016, 9, 5))
        {
            Name = "Ashgate Primary School",
            To = new LocalDate(2023, 7, 21),
        };

    public static LogSchool Secondary { get; } =
        new(Urn.Parse("145566"), null, new LocalDate(2023, 9, 4)) { Name = "Derby Moor Academy" };

    public static LogAuthor Teacher { get; } = new(AuthorRole.Teacher) { Name = "Ms Patel" };

    public static LogAuthor Learner { get; } = new(AuthorRole.Learner);

    /// <summary>A primary school log: aspirations, a session, skills and family engagement.</summary>
    public static CareersLogDocument PrimaryLog() =>
        new(
            LogLearner.WithUpn(Upn) with
            {
                DateOfBirth = new LocalDate(2012, 5, 14),
            },
            [Primary],
            [
                new AspirationEntry(
                    "p-1",
                    new LocalDate(2019, 10, 3),
                    YearGroup.Year2,
                    Learner,
                    ["vet", "footballer"],
                    null,
                    ["x-sport"]
                ),
                new CareerRelatedLearningEntry(
                    "p-2",
                    new LocalDate(2020, 3, 11),
                    YearGroup.Year3,
                    Teacher,
                    "People who help us"
                )
                {
                    Employers = ["Royal Derby Hospital"],
                    Sectors = ["health-and-science"],
                    DurationMinutes = 60,
                },
                new SkillEntry(
                    "p-3",
                    new LocalDate(2021, 6, 18),
                    YearGroup.Year4,
                    Teacher,
                    EssentialSkill.Teamwork,
                    3,
                    SkillAssessor.Teacher
                )
                {
                    Evidence = "Led a group build.",
                },
                new SkillEntry(
                    "p-4",
                    new LocalDate(2022, 6, 18),
                    YearGroup.Year5,
                    Teacher,
                    EssentialSkill.Teamwork,
                    5,
                    SkillAssessor.Teacher
                ),
                new FamilyEngagementEntry(
                    "p-5",
                    new LocalDate(2022, 2, 9),
                    YearGroup.Year5,
                    Teacher,
                    "Careers breakfast."
                ),
            ]
        );

    /// <summary>Secondary entries of every other kind.</summary>
    public static LogEntry[] SecondaryEntries() =>
        [
            new EmployerEncounterEntry(
                "s-1",
                new LocalDate(2024, 1, 17),
                YearGroup.Year7,
                new LogAuthor(AuthorRole.CareersLeader),
                ActivityKind.EmployerTalk,
                ["Rolls-Royce"]
            )
            {
                Meaningful =
                    MeaningfulEvidence.LearningOutcomes
                    | MeaningfulEvidence.TwoWayInteraction
                    | MeaningfulEvidence.ActiveParticipation,
                ActivityId = "ACT-17",
                DurationMinutes = 50,
            },
            new WorkplaceExperienceEntry(
                "s-2",
                new LocalDate(2025, 6, 23),
                YearGroup.Year8,
                Teacher,
                ActivityKind.WorkplaceVisit,
                "Alstom Derby"
            )
            {
                Meaningful = MeaningfulEvidence.ClearPurpose | MeaningfulEvidence.Reflection,
                Days = 1,
            },
            new ProviderEncounterEntry(
                "s-3",
                new LocalDate(2025, 2, 12),
                YearGroup.Year8,
                Teacher,
                ActivityKind.ProviderEncounter,
                new LogOrganisation("Derby College") { Ukprn = Ukprn.Parse("10001919") }
            )
            {
                DuringSchoolDay = true,
                Meaningful = MeaningfulEvidence.ProviderInformation,
            },
            new GuidanceMeetingEntry(
                "s-4",
                new LocalDate(2025, 3, 5),
                YearGroup.Year8,
                new LogAuthor(AuthorRole.CareersAdviser) { Name = "J. Smith" },
                new GuidanceAdviser { Name = "J. Smith", QualificationLevel = 6 }
            )
            {
                AgreedDecisions = ["Look at engineering."],
            },
            new ReflectionEntry(
                "s-5",
                new LocalDate(2025, 3, 6),
                YearGroup.Year8,
                Learner,
                "I liked the trains."
            )
            {
                About = "s-2",
            },
            new DestinationEntry(
                "s-6",
                new LocalDate(2025, 7, 1),
                YearGroup.Year8,
                Learner,
                DestinationStage.Intended,
                LogDestinationCategory.Apprenticeship
            )
            {
                Details = "Engineering",
                Provider = new LogOrganisation("Rolls-Royce"),
            },
        ];

    /// <summary>A log with an entry of every kind, at the secondary school.</summary>
    public static CareersLogDocument FullLog() =>
        new(
            PrimaryLog().Learner,
            [Primary, Secondary],
            [.. PrimaryLog().Entries, .. SecondaryEntries()]
        );
}
