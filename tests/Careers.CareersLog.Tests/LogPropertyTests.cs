using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Careers.CareersLog.Tests;

/// <summary>The laws of the careers log, on random logs.</summary>
public class LogPropertyTests
{
    private static readonly string[] Names =
    [
        "vet",
        "Rolls-Royce",
        "Ms O'Neil",
        "astronaut \U0001F680",
        "\"quoted\"",
        "née Brontë",
        "a\\b",
        "line\nbreak",
    ];

    private static readonly MeaningfulEvidence VersionOneEvidence =
        MeaningfulEvidence.LearningOutcomes
        | MeaningfulEvidence.TwoWayInteraction
        | MeaningfulEvidence.ExtensiveTwoWayInteraction
        | MeaningfulEvidence.ActiveParticipation
        | MeaningfulEvidence.MetRangeOfPeople
        | MeaningfulEvidence.TaskSetByEmployer
        | MeaningfulEvidence.EmployerFeedback;

    private static Gen<System.Func<string, LogEntry>> EntryGen(
        MeaningfulEvidence evidenceAllowed
    ) =>
        from kind in Gen.Choose(0, 5)
        from days in Gen.Choose(0, 5000)
        from year in Gen.Choose(0, 13)
        from role in Gen.Choose(0, 7)
        from step in Gen.Choose(0, 15)
        from name in Gen.Elements(Names)
        from evidence in Gen.Choose(0, (1 << 12) - 1)
        let date = new LocalDate(2014, 9, 1).PlusDays(days)
        let author = new LogAuthor((AuthorRole)role) { Name = step % 3 == 0 ? name : null }
        let yearGroup = YearGroup.FromNumber(year)
        select (System.Func<string, LogEntry>)(
            id =>
                kind switch
                {
                    0 => (LogEntry)
                        new SkillEntry(
                            id,
                            date,
                            yearGroup,
                            author,
                            (EssentialSkill)(step % 8),
                            step,
                            (SkillAssessor)(step % 3)
                        )
                        {
                            Evidence = step % 2 == 0 ? name : null,
                        },
                    1 => new AspirationEntry(
                        id,
                        date,
                        yearGroup,
                        author,
                        [name],
                        step % 2 == 0 ? ["soc2020:2136"] : null,
                        step % 4 == 0 ? ["digital", "x-sport"] : null
                    ),
                    2 => new EmployerEncounterEntry(
                        id,
                        date,
                        yearGroup,
                        author,
                        (ActivityKind)(step % 4),
                        [name, "Alstom"]
                    )
                    {
                        Meaningful = (MeaningfulEvidence)evidence & evidenceAllowed,
                        DurationMinutes = step + 1,
                    },
                    3 => new GuidanceMeetingEntry(
                        id,
                        date,
                        yearGroup,
                        author,
                        new GuidanceAdviser { QualificationLevel = 1 + (step % 8) }
                    )
                    {
                        AgreedDecisions = step % 2 == 0 ? [name] : [],
                    },
                    4 => new DestinationEntry(
                        id,
                        date,
                        yearGroup,
                        author,
                        (DestinationStage)(step % 2),
                        (LogDestinationCategory)(step % 6)
                    )
                    {
                        Details = name,
                    },
                    _ => new ProviderEncounterEntry(
                        id,
                        date,
                        yearGroup,
                        author,
                        ActivityKind.ProviderEncounter,
                        new LogOrganisation(name)
                    )
                    {
                        DuringSchoolDay = step % 2 == 0,
                        Meaningful = (MeaningfulEvidence)evidence & evidenceAllowed,
                    },
                }
        );

    private static Gen<CareersLogDocument> LogGen(
        string prefix,
        MeaningfulEvidence evidenceAllowed
    ) =>
        from makers in Gen.ListOf(EntryGen(evidenceAllowed))
        from schools in Gen.Choose(1, 2)
        select new CareersLogDocument(
            LogLearner.WithUpn(LogSamples.Upn),
            schools == 1 ? [LogSamples.Primary] : [LogSamples.Primary, LogSamples.Secondary],
            [.. makers.Take(20).Select((make, i) => make(prefix + i))]
        );

    [Property(MaxTest = 200)]
    public Property Serialize_ThenDeserialize_RoundTrips_AndIsValid() =>
        Prop.ForAll(
            LogGen("e", MeaningfulEvidence.None | (MeaningfulEvidence)((1 << 12) - 1))
                .ToArbitrary(),
            log =>
            {
                var json = CareersLogSerializer.Serialize(log);
                return CareersLogValidator.Default.Validate(json).Count == 0
                    && CareersLogSerializer.Deserialize(json).GetResultOrThrow().Equals(log);
            }
        );

    [Property(MaxTest = 200)]
    public Property Migration_KeepsEveryEntry_FromEveryOlderVersion() =>
        Prop.ForAll(
            (
                from log in LogGen("e", VersionOneEvidence)
                from version in Gen.Choose(
                    CareersLogSchemas.OldestVersion,
                    CareersLogSchemas.CurrentVersion - 1
                )
                select (log, version)
            ).ToArbitrary(),
            pair =>
            {
                var (log, version) = pair;
                var current = CareersLogSerializer.Serialize(log);
                var older = current.Replace(
                    $"{{\"schemaVersion\":{CareersLogSchemas.CurrentVersion},",
                    $"{{\"schemaVersion\":{version},"
                );
                var read = CareersLogSerializer.Deserialize(older).GetResultOrThrow();
                var migrated = CareersLogMigrator.Migrate(older).GetResultOrThrow();
                return older != current
                    && read.Equals(log)
                    && CareersLogSerializer.Serialize(
                        CareersLogSerializer.Deserialize(migrated).GetResultOrThrow()
                    ) == current;
            }
        );

    [Property(MaxTest = 200)]
    public Property Transfer_IsIdempotent() =>
        Prop.ForAll(
            (
                from receiving in LogGen("r", VersionOneEvidence)
                from received in LogGen("s", VersionOneEvidence)
                select (receiving, received)
            ).ToArbitrary(),
            pair =>
            {
                var once = CareersLogTransfer
                    .Merge(pair.receiving, pair.received)
                    .GetResultOrThrow();
                var twice = CareersLogTransfer.Merge(once.Log, pair.received).GetResultOrThrow();
                return !twice.Changed
                    && ReferenceEquals(once.Log, twice.Log)
                    && twice.Conflicts.Count == 0
                    && once.Log.Entries.Count
                        == pair.receiving.Entries.Count + pair.received.Entries.Count;
            }
        );

    [Property(MaxTest = 200)]
    public Property Transfer_IsCommutative_WhenEntriesDoNotConflict() =>
        Prop.ForAll(
            (
                from a in LogGen("a", VersionOneEvidence)
                from x in LogGen("x", VersionOneEvidence)
                from y in LogGen("y", VersionOneEvidence)
                select (a, x, y)
            ).ToArbitrary(),
            t =>
            {
                var xy = CareersLogTransfer
                    .Merge(CareersLogTransfer.Merge(t.a, t.x).GetResultOrThrow().Log, t.y)
                    .GetResultOrThrow()
                    .Log;
                var yx = CareersLogTransfer
                    .Merge(CareersLogTransfer.Merge(t.a, t.y).GetResultOrThrow().Log, t.x)
                    .GetResultOrThrow()
                    .Log;
                var changed =
                    t.x.Entries.Count + t.y.Entries.Count > 0
                    || t.x.Schools.Count + t.y.Schools.Count > t.a.Schools.Count;
                return !changed || xy.Equals(yx);
            }
        );

    [Property(MaxTest = 100)]
    public Property Transfer_SharingEntries_NeverLosesOrOverwritesOne() =>
        Prop.ForAll(
            LogGen("e", VersionOneEvidence).ToArbitrary(),
            log =>
            {
                var half = new CareersLogDocument(
                    log.Learner,
                    log.Schools,
                    [.. log.Entries.Where((_, i) => i % 2 == 0)]
                );
                var result = CareersLogTransfer.Merge(half, log).GetResultOrThrow();
                return result.Log.Entries.Count == log.Entries.Count
                    && result.Unchanged.Count == half.Entries.Count
                    && log.Entries.All(e => result.Log.FindEntry(e.Id)!.Equals(e));
            }
        );
}
