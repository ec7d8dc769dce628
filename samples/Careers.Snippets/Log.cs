#region usings
using System.Linq;
using Careers;
using Careers.CareersLog;
using Careers.Encounters;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
#endregion

namespace Careers.Snippets;

/// <summary>
/// The code samples of the careers-log article (docs/articles/careers-log.md), compiled so that they cannot drift from
/// the API. Each method holds the regions the article quotes and returns what they computed, for the docs test.
/// </summary>
public static class LogSnippets
{
    /// <summary>Starts a log in primary school, writes it and reads it back.</summary>
    /// <returns>The JSON written and the log read back.</returns>
    public static (string Json, CareersLogDocument Log) StartWriteRead()
    {
        #region start
        // A primary school starts the log, keyed on the child's UPN (or a pseudonymous id where the UPN is not shared).
        var learner = LogLearner.WithUpn(Upn.Parse("G831400121001")) with
        {
            DateOfBirth = new LocalDate(2013, 5, 14),
        };
        var primary = new LogSchool(
            Urn.Parse("112233"),
            LaEstab.Parse("8312001"),
            new LocalDate(2017, 9, 4)
        );
        var child = new LogAuthor(AuthorRole.Learner);
        var teacher = new LogAuthor(AuthorRole.Teacher);

        var log = CareersLogDocument
            .Start(learner, primary)
            // Hopes and dreams in the child's own words, with sectors from the closed list or local x- codes.
            .Add(
                new AspirationEntry(
                    "p-2020-001",
                    new LocalDate(2020, 10, 1),
                    YearGroup.Year2,
                    child,
                    ["vet"],
                    null,
                    ["x-sport"]
                )
            )
            // One of the eight Skills Builder skills, step 0 to 15, and who judged it.
            .Add(
                new SkillEntry(
                    "p-2022-002",
                    new LocalDate(2022, 6, 10),
                    YearGroup.Year4,
                    teacher,
                    EssentialSkill.Teamwork,
                    4,
                    SkillAssessor.Teacher
                )
            )
            .Add(
                new FamilyEngagementEntry(
                    "p-2023-003",
                    new LocalDate(2023, 3, 2),
                    YearGroup.Year5,
                    teacher,
                    "Careers breakfast with parents."
                )
            );
        #endregion

        #region write
        // Always the current schema version; dates as yyyy-MM-dd; source-generated, so trimming and AOT are safe.
        var json = CareersLogSerializer.Serialize(log, indented: true);
        // {
        //   "schemaVersion": 3,
        //   "learner": { "upn": "G831400121001", "dateOfBirth": "2013-05-14" },
        //   ...
        #endregion

        #region read
        var read = CareersLogSerializer.Deserialize(json);
        if (!read.Success)
        {
            // Every problem at once, each with a code, a JSON pointer and a message, e.g.
            // schema.maximum at /entries/1/step: Must be at most 15; found 16.
            foreach (var problem in read.Problems)
            {
                System.Console.WriteLine(problem);
            }
        }

        var same = read.GetResultOrThrow().Equals(log); // true: logs compare by value
        #endregion

        return (json, same ? read.Result! : log);
    }

    /// <summary>Validates a document without reading it into the model.</summary>
    /// <returns>The problems found in a document with three mistakes.</returns>
    public static System.Collections.Generic.IReadOnlyList<ValidationError> Validate()
    {
        #region validate
        var validator = new CareersLogValidator(
            new CareersLogReadOptions { MaxDocumentBytes = 256 * 1024 }
        );
        var problems = validator.Validate(
            """
            {
              "schemaVersion": 3,
              "learner": { "upn": "G831400121001" },
              "schools": [ { "urn": "112233", "from": "2017-09-04" } ],
              "entries": [
                { "id": "e1", "type": "skill", "date": "2022-06-10", "yearGroup": 4,
                  "author": { "role": "teacher" }, "skill": "teamwork", "step": 16, "assessor": "teacher" },
                { "id": "e1", "type": "aspiration", "date": "2023-02-30", "yearGroup": 5,
                  "author": { "role": "learner" }, "sectors": ["Sport"] }
              ]
            }
            """
        );
        // schema.maximum  at /entries/0/step     Must be at most 15; found 16.
        // schema.format   at /entries/1/date     '2023-02-30' is not a date in the form yyyy-MM-dd.
        // schema.anyOf    at /entries/1/sectors/0 'Sport' is not a sector code.
        // rule.duplicate-entry-id at /entries/1/id Entry 0 already has the id 'e1'; ids are unique in a log.
        #endregion
        return problems;
    }

    /// <summary>Transfers the primary log to a secondary school, twice.</summary>
    /// <returns>The first and second transfer results.</returns>
    public static (LogTransferResult First, LogTransferResult Second) Transfer()
    {
        var primaryLog = StartWriteRead().Log;

        #region transfer
        // The primary school sends only what the secondary needs: no names of the adults who wrote entries.
        var sent = CareersLogTransfer.ExportForTransfer(primaryLog);

        // The secondary school merges it into its own log by entry id.
        var secondary = new LogSchool(Urn.Parse("145566"), null, new LocalDate(2024, 9, 2));
        var own = CareersLogDocument.Start(sent.Learner, secondary);
        var first = CareersLogTransfer.Merge(own, sent).GetResultOrThrow();
        // first.Added: the three entries; first.SchoolsAdded: 1

        // The same log sent again changes nothing; an entry edited on both sides would be in Conflicts, not overwritten.
        var second = CareersLogTransfer.Merge(first.Log, sent).GetResultOrThrow();
        // second.Changed: false; second.Unchanged: the three entries
        #endregion

        return (first, second);
    }

    /// <summary>Builds on the log in secondary school and reads it for the evaluations.</summary>
    /// <returns>The skills gained and the learner's entitlement count.</returns>
    public static (int? TeamworkGained, int EncountersCounted) BuildOn()
    {
        var log = Transfer().First.Log;

        #region secondary
        var leader = new LogAuthor(AuthorRole.CareersLeader);
        log = log.Add(
                new EmployerEncounterEntry(
                    "s-2024-010",
                    new LocalDate(2024, 11, 6),
                    YearGroup.Year7,
                    leader,
                    ActivityKind.EmployerTalk,
                    ["Rolls-Royce"]
                )
                {
                    // The evidence that made it meaningful; version 2 adds the 2024 Gatsby flags such as ClearPurpose.
                    Meaningful =
                        MeaningfulEvidence.LearningOutcomes
                        | MeaningfulEvidence.TwoWayInteraction
                        | MeaningfulEvidence.ActiveParticipation,
                    ActivityId = "ACT-2024-118", // the school's own activity: counted once, however many logs name it
                }
            )
            .Add(
                new SkillEntry(
                    "s-2025-011",
                    new LocalDate(2025, 6, 20),
                    YearGroup.Year7,
                    leader,
                    EssentialSkill.Teamwork,
                    7,
                    SkillAssessor.Employer
                )
            );
        #endregion

        #region progress
        // "An incremental increase in accumulated essential life skills": latest step and change since a date.
        var skills = SkillsProfile.Of(log, new LocalDate(2025, 7, 20));
        var teamwork = skills[EssentialSkill.Teamwork].LatestStep; // 7
        var gained = skills[EssentialSkill.Teamwork].ChangeSince(new LocalDate(2024, 9, 1)); // 3, from step 4
        #endregion

        #region feed
        // The log feeds the entitlement (and Provider Access, and Gatsby) without re-keying.
        var records = CareersLogActivities.From("L-0001", log).GetResultOrThrow();
        var pupil = new Learner(
            "L-0001",
            new LocalDate(2013, 5, 14),
            YearGroup.Year7,
            new AcademicYear(2024)
        );
        var entitlement = new EntitlementEvaluator(EncounterPolicy.DerbyOpportunityArea)
            .Evaluate(
                ActivityRecord
                    .Create([pupil], records.Activities, records.Participations)
                    .GetResultOrThrow(),
                new LocalDate(2025, 7, 20)
            )
            .GetResultOrThrow();
        var counted = entitlement.Learners.Single().Count; // 1 of the 4
        #endregion

        return (teamwork is null ? null : gained, counted);
    }

    /// <summary>Rewrites a stored version 1 document as version 2.</summary>
    /// <param name="versionOne">A version 1 document.</param>
    /// <returns>The document at the current version, 3.</returns>
    public static string Migrate(string versionOne)
    {
        #region migrate
        // Reading migrates on the way in; a store that wants to rewrite what it holds migrates explicitly.
        // Each step moves one version forward and its output is checked against the next published schema.
        var migrated = CareersLogMigrator.Migrate(
            versionOne,
            targetVersion: CareersLogSchemas.CurrentVersion
        );
        var upgraded = migrated.GetResultOrThrow(); // "schemaVersion": 3, everything else as it was
        #endregion
        return upgraded;
    }

    /// <summary>Registers the careers-log validator with a chosen size limit.</summary>
    /// <param name="services">The application's service collection.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection Register(IServiceCollection services)
    {
        #region dependency-injection
        // Registers a CareersLogValidator singleton with the limit, and what AddCareersAbstractions
        // registers (an IClock). The options are checked here, at start-up; a second call changes nothing.
        services.AddCareersLog(options => options.MaxDocumentBytes = 256 * 1024);

        // Then take a CareersLogValidator in a constructor.
        #endregion

        return services;
    }
}
