using System;
using System.Globalization;
using System.IO;
using System.Text;
using Careers.Encounters.Streaming;

namespace Careers.Benchmarks;

/// <summary>
/// A CSV file in the MIS export shape of <see cref="EncounterCsv"/>, as tests/Careers.Performance's generator writes it
/// at national scale: each learner's rows together (7.5 on average), learners grouped by institution, year groups
/// written <c>Year N</c>, activities of the learner's institution over eight academic years, evidence lists of up to
/// four names. Deterministic for a seed; written to the temporary folder and deleted by the caller.
/// </summary>
internal static class ExportFile
{
    private static readonly string[] Kinds =
    [
        "EmployerTalk",
        "CareersFair",
        "WorkplaceVisit",
        "Mentoring",
        "HigherEducationVisit",
        "GuidanceMeeting",
        "WorkExperience",
        "EnterpriseChallenge",
        "ProviderEncounter",
    ];

    private static readonly string[] Evidence =
    [
        "",
        "ClearPurpose",
        "LearningOutcomes|TwoWayInteraction",
        "ClearPurpose|LearningOutcomes|TwoWayInteraction",
        "ClearPurpose|LearningOutcomes|TwoWayInteraction|Reflection",
        "LearningOutcomes|TwoWayInteraction|ActiveParticipation",
        "ClearPurpose|LearningOutcomes|TwoWayInteraction|ActiveParticipation|Reflection",
        "Reflection",
    ];

    /// <summary>Writes the file and returns its path.</summary>
    /// <param name="name">The file's name in the temporary folder.</param>
    /// <param name="learners">How many learners (about 7.5 rows and 700 bytes each).</param>
    public static string Write(string name, int learners)
    {
        var path = Path.Combine(Path.GetTempPath(), name);
        var random = new Random(20260301);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write(EncounterCsv.Header);
        writer.Write('\n');
        var line = new StringBuilder(160);
        for (var l = 0; l < learners; l++)
        {
            var institution = 100_000 + (l / 1_150);
            var yearGroup = 7 + (l % 7);
            var rows = random.Next(2, 14);
            for (var r = 0; r < rows; r++)
            {
                var year = 2018 + random.Next(0, 8);
                var activity = (((long)institution * 8) + (year - 2018)) * 40 + random.Next(0, 40);
                var date = new DateTime(year, 9, 1).AddDays(random.Next(0, 365));
                line.Clear()
                    .Append('L')
                    .Append(l.ToString("D8", CultureInfo.InvariantCulture))
                    .Append(',')
                    .Append(institution.ToString(CultureInfo.InvariantCulture))
                    .Append(",Year ")
                    .Append(yearGroup.ToString(CultureInfo.InvariantCulture))
                    .Append(",A")
                    .Append(activity.ToString("D8", CultureInfo.InvariantCulture))
                    .Append(',')
                    .Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                    .Append(',')
                    .Append(Kinds[random.Next(Kinds.Length)])
                    .Append(',')
                    .Append(Evidence[random.Next(Evidence.Length)])
                    .Append(',')
                    .Append(random.Next(0, 4).ToString(CultureInfo.InvariantCulture))
                    .Append('\n');
                writer.Write(line);
            }
        }

        return path;
    }
}
