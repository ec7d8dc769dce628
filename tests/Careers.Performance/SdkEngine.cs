using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Careers.Encounters;
using Careers.Encounters.Streaming;
using Careers.Gatsby;
using NodaTime;

namespace Careers.Performance;

/// <summary>
/// The SDK path: <see cref="EncounterCsv.Read(Stream, ICollection{ValidationError}, EncounterCsvOptions?)"/> streams
/// the export's bytes once, parsing blocks of it on every core (<see cref="Harness.EveryCore"/>: the reader's default is
/// one thread); every record goes, in order, to
/// <see cref="EntitlementStream"/> (the Derby entitlement) and, on the way, to the Gatsby Benchmark 5 learner test as
/// Careers.Gatsby defines it (2024 schools edition, default <see cref="GatsbyPolicy"/>). The roll-ups join the
/// learners and institutions files to the result.
/// </summary>
internal static class SdkEngine
{
    public static Outputs Run(string data, LocalDate asAt)
    {
        var b5 = new Benchmark5(GatsbyFramework.Edition2024Schools, new GatsbyPolicy(), asAt);
        var problems = new List<ValidationError>();
        Evaluation<StreamedEntitlementResult> evaluation;
        using (var export = File.OpenRead(Path.Combine(data, "encounters.csv")))
        {
            evaluation = EntitlementStream.Evaluate(
                EncounterPolicy.DerbyOpportunityArea,
                EncounterCsv.Read(export, problems, Harness.EveryCore),
                asAt,
                b5.See
            );
        }

        if (problems.Count > 0 || !evaluation.Success)
        {
            var first = problems.Count > 0 ? problems[0] : evaluation.Problems[0];
            throw new InvalidDataException(
                $"The export has problems: {first.Path} {first.Message}"
            );
        }

        var result = evaluation.Result;

        // The learners file is joined to the result through the result's own index of learner ids.
        var learners = result.Learners;
        var areaOf = ReadPairs(Path.Combine(data, "institutions.csv"));
        var disadvantaged = ReadDisadvantaged(Path.Combine(data, "learners.csv"), result);
        var outputs = new Outputs();
        var coverage = new Dictionary<(string Area, int YearGroup, bool Disadvantaged), long[]>();
        var byInstitution = new Dictionary<string, long[]>(StringComparer.Ordinal);
        for (var l = 0; l < learners.Count; l++)
        {
            var learner = learners[l];
            var institution = learner.InstitutionId ?? "";
            outputs.Entitlement.Add([
                learner.LearnerId,
                institution,
                Outputs.Number(learner.YearGroup.Number),
                learner.Status.ToString(),
                Outputs.Number(learner.Count),
            ]);
            var key = (areaOf[institution], learner.YearGroup.Number, disadvantaged[l]);
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
                if (b5.Met(l))
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
                key.Disadvantaged ? "true" : "false",
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

    /// <summary>
    /// Whether each learner of the result is disadvantaged, from the generator's <c>learner_id,disadvantaged</c> file
    /// (without quotes). A learner the file does not list is a failed run.
    /// </summary>
    private static bool[] ReadDisadvantaged(string path, StreamedEntitlementResult result)
    {
        var disadvantaged = new bool[result.Learners.Count];
        var listed = 0;
        var header = true;
        Span<char> id = stackalloc char[256];
        using var file = File.OpenRead(path);
        var buffer = new byte[1 << 16];
        var filled = 0;
        while (true)
        {
            var read = file.Read(buffer, filled, buffer.Length - filled);
            var end = filled + read;
            var start = 0;
            while (start < end)
            {
                var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
                if (newline < 0 && read > 0)
                {
                    break;
                }

                var line = buffer.AsSpan(start, newline < 0 ? end - start : newline);
                start += newline < 0 ? line.Length : newline + 1;
                if (!line.IsEmpty && line[^1] == (byte)'\r')
                {
                    line = line[..^1];
                }

                if (header || line.IsEmpty)
                {
                    header = false;
                    continue;
                }

                var comma = line.IndexOf((byte)',');
                var chars = Encoding.UTF8.GetChars(line[..comma], id);
                var l = result.IndexOf(id[..chars]);
                if (l >= 0)
                {
                    disadvantaged[l] = line[(comma + 1)..].SequenceEqual("true"u8);
                    listed++;
                }
            }

            if (read == 0)
            {
                break;
            }

            // The unfinished line moves to the front for the next read.
            filled = end - start;
            buffer.AsSpan(start, filled).CopyTo(buffer);
            if (filled == buffer.Length)
            {
                throw new InvalidDataException(
                    $"{path} has a line longer than {buffer.Length:N0} bytes."
                );
            }
        }

        return listed == disadvantaged.Length
            ? disadvantaged
            : throw new InvalidDataException(
                $"{path} lists {listed:N0} of the {disadvantaged.Length:N0} learners of the export."
            );
    }

    /// <summary>A two-column CSV without quotes (the generator's institutions file) as a map.</summary>
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

        // The evidence so far of each learner's activities not yet meaningful, as linked lists in flat arrays: the
        // learner's first node (plus one; 0 for none), then each node's next node (plus one), activity and evidence.
        // The activity ids of one read are the same string instances, so the comparisons are mostly by reference.
        private int[] first = new int[1024];
        private int[] next = new int[1024];
        private string[] activities = new string[1024];
        private MeaningfulEvidence[] evidences = new MeaningfulEvidence[1024];
        private int nodes;

        // The framework's answer for each combination of the twelve evidence flags and workplace or not: 0 not yet
        // worked out, 1 not meaningful, 2 meaningful.
        private readonly byte[] meaningful = new byte[2 << 12];
        private bool[] met = new bool[1024];

        /// <summary>Whether the learner with an index in the result meets the benchmark.</summary>
        public bool Met(int learner) => learner < met.Length && met[learner];

        /// <summary>Sees a record of the learner with an index in the result.</summary>
        public void See(in EncounterRecord record, int learner)
        {
            if (learner < met.Length && met[learner])
            {
                return;
            }

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
            if (!employer)
            {
                return;
            }

            var evidence = record.Evidence;
            if (learner >= met.Length)
            {
                var length = Math.Max(learner + 1, met.Length * 2);
                Array.Resize(ref met, length);
                Array.Resize(ref first, length);
            }

            if (!Meaningful(evidence, workplace))
            {
                evidence |= Add(learner, record.ActivityId, evidence);
                if (!Meaningful(evidence, workplace))
                {
                    return;
                }
            }

            met[learner] = true;
        }

        /// <summary>
        /// Adds the evidence of a record to the learner's activity, answering the evidence of its records before.
        /// </summary>
        private MeaningfulEvidence Add(int learner, string activity, MeaningfulEvidence evidence)
        {
            for (var node = first[learner] - 1; node >= 0; node = next[node] - 1)
            {
                if (ReferenceEquals(activities[node], activity) || activities[node] == activity)
                {
                    var before = evidences[node];
                    evidences[node] = before | evidence;
                    return before;
                }
            }

            if (nodes == next.Length)
            {
                Array.Resize(ref next, nodes * 2);
                Array.Resize(ref activities, nodes * 2);
                Array.Resize(ref evidences, nodes * 2);
            }

            next[nodes] = first[learner];
            activities[nodes] = activity;
            evidences[nodes] = evidence;
            first[learner] = ++nodes;
            return default;
        }

        /// <summary>The framework's test of meaningfulness, worked out once for each combination of evidence.</summary>
        private bool Meaningful(MeaningfulEvidence evidence, bool workplace)
        {
            var slot = ((int)evidence << 1) | (workplace ? 1 : 0);
            if ((uint)slot < (uint)meaningful.Length && meaningful[slot] != 0)
            {
                return meaningful[slot] == 2;
            }

            var answer =
                framework.Meaningful.IsMeaningful(ActivityCategory.EmployerEncounter, evidence)
                || (
                    workplace
                    && framework.Meaningful.IsMeaningful(
                        ActivityCategory.WorkplaceExperience,
                        evidence
                    )
                );
            if ((uint)slot < (uint)meaningful.Length)
            {
                meaningful[slot] = answer ? (byte)2 : (byte)1;
            }

            return answer;
        }
    }
}
