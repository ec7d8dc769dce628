using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Careers.Encounters;
using Careers.Gatsby;
using NodaTime;

namespace Careers.Performance;

/// <summary>
/// The SDK path: <see cref="EncounterCsv.Read"/> streams the export once; every record goes to
/// <see cref="EntitlementStream"/> (the Derby entitlement) and, on the way, to the Gatsby Benchmark 5 learner test as
/// Careers.Gatsby defines it (2024 schools edition, default <see cref="GatsbyPolicy"/>). The roll-ups join the
/// learners and institutions files, read on the second core while the export streams.
/// </summary>
internal static class SdkEngine
{
    public static Outputs Run(string data, LocalDate asAt)
    {
        // The two small files are read on another core while the export streams on this one.
        var institutionsTask = Task.Run(() => ReadPairs(Path.Combine(data, "institutions.csv")));
        var learnersTask = Task.Run(() => ReadPairs(Path.Combine(data, "learners.csv")));

        var b5 = new Benchmark5(GatsbyFramework.Edition2024Schools, new GatsbyPolicy(), asAt);
        var problems = new List<ValidationError>();
        StreamedEntitlementResult result;
        using (
            var reader = new StreamReader(
                Path.Combine(data, "encounters.csv"),
                Encoding.UTF8,
                false,
                1 << 16
            )
        )
        {
            result = EntitlementStream.Evaluate(
                EncounterPolicy.DerbyOpportunityArea,
                b5.Watch(ReadAhead(EncounterCsv.Read(reader, problems))),
                asAt
            );
        }

        if (problems.Count > 0 || !result.Success)
        {
            var first = problems.Count > 0 ? problems[0] : result.Problems[0];
            throw new InvalidDataException(
                $"The export has problems: {first.Path} {first.Message}"
            );
        }
        var areaOf = institutionsTask.GetAwaiter().GetResult();
        var disadvantagedOf = learnersTask.GetAwaiter().GetResult();
        var outputs = new Outputs();
        var coverage = new Dictionary<(string Area, int YearGroup, string Disadvantaged), long[]>();
        var byInstitution = new Dictionary<string, long[]>(StringComparer.Ordinal);
        foreach (var learner in result.Learners)
        {
            var institution = learner.InstitutionId ?? "";
            outputs.Entitlement.Add([
                learner.LearnerId,
                institution,
                Outputs.Number(learner.YearGroup.Number),
                learner.Status.ToString(),
                Outputs.Number(learner.Count),
            ]);
            var key = (
                areaOf[institution],
                learner.YearGroup.Number,
                disadvantagedOf[learner.LearnerId]
            );
            if (!coverage.TryGetValue(key, out var counts))
            {
                coverage[key] = counts = new long[6];
            }

            counts[0]++;
            counts[1 + StatusColumn(learner.Status)]++;
            if (learner.YearGroup >= YearGroup.Year7)
            {
                if (!byInstitution.TryGetValue(institution, out var b5Counts))
                {
                    byInstitution[institution] = b5Counts = new long[2];
                }

                b5Counts[0]++;
                if (b5.Met(learner.LearnerId))
                {
                    b5Counts[1]++;
                }
            }
        }
        foreach (var (key, counts) in coverage)
        {
            outputs.Coverage.Add([
                key.Area,
                Outputs.Number(key.YearGroup),
                key.Disadvantaged,
                Outputs.Number(counts[0]),
                Outputs.Number(counts[1]),
                Outputs.Number(counts[2]),
                Outputs.Number(counts[3]),
                Outputs.Number(counts[4]),
                Outputs.Number(counts[5]),
            ]);
        }

        foreach (var (institution, counts) in byInstitution)
        {
            outputs.B5.Add([institution, Outputs.Number(counts[0]), Outputs.Number(counts[1])]);
        }

        return outputs;
    }

    /// <summary>
    /// Parses the export on a second thread while this one evaluates: the SDK's reader and its stream are separate
    /// steps joined by an <see cref="IEnumerable{T}"/>, so a caller with two cores can pipeline them. Records travel in
    /// batches of 8,192, at most eight batches ahead, and batches are reused, so memory stays bounded. The reader's
    /// problems list is read only after the reading thread has finished.
    /// </summary>
    private static IEnumerable<EncounterRecord> ReadAhead(IEnumerable<EncounterRecord> source)
    {
        const int Size = 8192;
        using var stop = new CancellationTokenSource();
        using var full = new BlockingCollection<(EncounterRecord[] Batch, int Count)>(8);
        var free = new ConcurrentBag<EncounterRecord[]>();
        var reading = Task.Run(
            () =>
            {
                try
                {
                    var batch = new EncounterRecord[Size];
                    var count = 0;
                    foreach (var record in source)
                    {
                        batch[count++] = record;
                        if (count == Size)
                        {
                            full.Add((batch, count), stop.Token);
                            batch = free.TryTake(out var reused)
                                ? reused
                                : new EncounterRecord[Size];
                            count = 0;
                        }
                    }

                    if (count > 0)
                    {
                        full.Add((batch, count), stop.Token);
                    }
                }
                finally
                {
                    full.CompleteAdding();
                }
            },
            stop.Token
        );
        try
        {
            foreach (var (batch, count) in full.GetConsumingEnumerable())
            {
                for (var i = 0; i < count; i++)
                {
                    yield return batch[i];
                }

                free.Add(batch);
            }

            reading.GetAwaiter().GetResult();
        }
        finally
        {
            // The evaluation stopped early (it threw): let the reading thread end instead of waiting on a full queue.
            stop.Cancel();
        }
    }

    /// <summary>The coverage columns in order: met, on track, at risk, not met, not in scope.</summary>
    private static int StatusColumn(EntitlementStatus status) =>
        status switch
        {
            EntitlementStatus.Met => 0,
            EntitlementStatus.OnTrack => 1,
            EntitlementStatus.AtRisk => 2,
            EntitlementStatus.NotMet => 3,
            _ => 4,
        };

    /// <summary>A two-column CSV without quotes (the generator's learners and institutions files) as a map.</summary>
    private static Dictionary<string, string> ReadPairs(string path)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        using var reader = new StreamReader(path, Encoding.UTF8, false, 1 << 16);
        reader.ReadLine();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var comma = line.IndexOf(',', StringComparison.Ordinal);
            var value = line[(comma + 1)..];
            if (!values.TryGetValue(value, out var shared))
            {
                values[value] = shared = value;
            }

            map[line[..comma]] = shared;
        }

        return map;
    }

    /// <summary>
    /// Gatsby Benchmark 5 learner evidence, as Careers.Gatsby's scorer counts it: a learner meets it with at least one
    /// meaningful employer encounter in the academic year of the as-at date, on or before that date. Employer
    /// encounters are the activities of the employer-encounter category and, by the policy's default, experiences of
    /// workplaces (meaningful by the Benchmark 5 test or the stricter Benchmark 6 one); part-time jobs only if the
    /// policy opts in. All of a learner's records of one activity are one encounter, judged on their evidence
    /// together. Activities dated after the as-at date are ignored.
    /// </summary>
    private sealed class Benchmark5(GatsbyFramework framework, GatsbyPolicy policy, LocalDate asAt)
    {
        private readonly AcademicYear year = AcademicYear.ForDate(asAt);
        private readonly HashSet<string> met = new(StringComparer.Ordinal);
        private readonly Dictionary<(string, string), MeaningfulEvidence> partial = [];
        private string? lastMet;

        public bool Met(string learnerId) => met.Contains(learnerId);

        public IEnumerable<EncounterRecord> Watch(IEnumerable<EncounterRecord> records)
        {
            foreach (var record in records)
            {
                See(record);
                yield return record;
            }
        }

        private void See(in EncounterRecord record)
        {
            if (record.Date > asAt || !year.Contains(record.Date))
            {
                return;
            }

            var category = record.Kind.Category();
            var workplace = category == ActivityCategory.WorkplaceExperience;
            var employer =
                category == ActivityCategory.EmployerEncounter
                || (workplace && policy.WorkplaceExperiencesCountAsEmployerEncounters)
                || (
                    category == ActivityCategory.PartTimeWork
                    && policy.PartTimeWorkCountsAsEmployerEncounter
                );
            if (!employer || ReferenceEquals(record.LearnerId, lastMet))
            {
                return;
            }

            var evidence = record.Evidence;
            if (!Meaningful(evidence, workplace))
            {
                var key = (record.LearnerId, record.ActivityId);
                partial.TryGetValue(key, out var before);
                evidence |= before;
                partial[key] = evidence;
                if (!Meaningful(evidence, workplace))
                {
                    return;
                }
            }

            met.Add(record.LearnerId);
            lastMet = record.LearnerId;
        }

        private bool Meaningful(MeaningfulEvidence evidence, bool workplace) =>
            framework.Meaningful.IsMeaningful(ActivityCategory.EmployerEncounter, evidence)
            || (
                workplace
                && framework.Meaningful.IsMeaningful(ActivityCategory.WorkplaceExperience, evidence)
            );
    }
}
