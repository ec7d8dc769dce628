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
        using var reader = new StreamReader(path, Encoding.UTF8, false, 1 << 16);
        reader.ReadLine();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var comma = line.IndexOf(',', StringComparison.Ordinal);
            var l = result.IndexOf(line.AsSpan(0, comma));
            if (l >= 0)
            {
                disadvantaged[l] = line.AsSpan(comma + 1).SequenceEqual("true");
                listed++;
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
        private readonly Dictionary<(int Learner, string Activity), MeaningfulEvidence> partial =
        [];
        private readonly Dictionary<(MeaningfulEvidence, bool), bool> meaningful = [];
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
            if (!Meaningful(evidence, workplace))
            {
                var key = (learner, record.ActivityId);
                partial.TryGetValue(key, out var before);
                evidence |= before;
                partial[key] = evidence;
                if (!Meaningful(evidence, workplace))
                {
                    return;
                }
            }

            if (learner >= met.Length)
            {
                Array.Resize(ref met, Math.Max(learner + 1, met.Length * 2));
            }

            met[learner] = true;
        }

        /// <summary>The framework's test of meaningfulness, worked out once for each combination of evidence.</summary>
        private bool Meaningful(MeaningfulEvidence evidence, bool workplace)
        {
            if (!meaningful.TryGetValue((evidence, workplace), out var answer))
            {
                answer =
                    framework.Meaningful.IsMeaningful(ActivityCategory.EmployerEncounter, evidence)
                    || (
                        workplace
                        && framework.Meaningful.IsMeaningful(
                            ActivityCategory.WorkplaceExperience,
                            evidence
                        )
                    );
                meaningful[(evidence, workplace)] = answer;
            }

            return answer;
        }
    }
}
