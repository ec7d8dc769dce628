using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace Careers.Performance;

/// <summary>
/// Writes national-scale data in the MIS export shape that <c>EncounterCsv</c> reads, deterministically from a seed,
/// one row at a time (memory does not grow with the scale). Scale 1.0: 4,000,000 learners in Years 7–13 at 3,500
/// secondary institutions in 150 local areas, about 30,000,000 participation records. Three files:
/// <c>encounters.csv</c> (the export, grouped by learner as an MIS writes it), <c>learners.csv</c>
/// (<c>learner_id,disadvantaged</c>) and <c>institutions.csv</c> (<c>institution_id,local_area</c>).
/// </summary>
internal static class Generator
{
    public const int FullLearners = 4_000_000;
    public const int FullInstitutions = 3_500;
    public const int FullLocalAreas = 150;

    /// <summary>Academic years with activities: 2018/19 to 2025/26 (the as-at year), so Year 13 has a year before Year 7.</summary>
    public const int FirstActivityYear = 2018;
    public const int ActivityYears = 8;
    public const int ActivitiesPerYear = 40;

    private static readonly string[] Kinds =
    [
        "EmployerTalk",
        "CareersFair",
        "Mentoring",
        "EnterpriseChallenge",
        "WorkplaceVisit",
        "WorkExperience",
        "WorkShadowing",
        "VirtualWorkExperience",
        "PartTimeJob",
        "ProviderEncounter",
        "HigherEducationVisit",
        "GuidanceMeeting",
        "LabourMarketInformationSession",
        "CareerRelatedLearningSession",
    ];

    // Percent of activities of each kind above, summing to 100.
    private static readonly int[] KindWeights = [25, 10, 8, 8, 8, 6, 3, 4, 2, 10, 5, 6, 3, 2];

    private static readonly string[] Evidence =
    [
        "LearningOutcomes|TwoWayInteraction|ActiveParticipation",
        "ClearPurpose|LearningOutcomes|TwoWayInteraction|Reflection",
        "ClearPurpose|LearningOutcomes|TwoWayInteraction|ActiveParticipation|Reflection",
        "LearningOutcomes|TwoWayInteraction",
        "",
        "ClearPurpose|LearningOutcomes|ExtensiveTwoWayInteraction|MetRangeOfPeople|TaskSetByEmployer|EmployerFeedback|Reflection|ActiveParticipation",
        "ClearPurpose|LearningOutcomes|TwoWayInteraction",
    ];

    public static (int Learners, int Institutions, int LocalAreas) Sizes(double scale) =>
        (
            Math.Max(1, (int)Math.Round(FullLearners * scale)),
            Math.Max(1, (int)Math.Round(FullInstitutions * scale)),
            Math.Max(1, (int)Math.Round(FullLocalAreas * scale))
        );

    /// <summary>Writes the three files into a folder and returns the number of participation records.</summary>
    public static long Write(string folder, double scale, ulong seed)
    {
        Directory.CreateDirectory(folder);
        var (learners, institutions, areas) = Sizes(scale);
        var utf8 = new UTF8Encoding(false);
        using (var writer = new StreamWriter(Path.Combine(folder, "institutions.csv"), false, utf8))
        {
            writer.WriteLine("institution_id,local_area");
            for (var i = 0; i < institutions; i++)
            {
                writer.Write(InstitutionId(i));
                writer.Write(",LA");
                writer.WriteLine((800 + (i % areas)).ToString(CultureInfo.InvariantCulture));
            }
        }

        long records = 0;
        using var export = new StreamWriter(
            Path.Combine(folder, "encounters.csv"),
            false,
            utf8,
            1 << 20
        );
        using var roll = new StreamWriter(
            Path.Combine(folder, "learners.csv"),
            false,
            utf8,
            1 << 20
        );
        export.WriteLine(
            "learner_id,institution_id,year_group,activity_id,activity_date,activity_kind,evidence,employers"
        );
        roll.WriteLine("learner_id,disadvantaged");
        var line = new StringBuilder(256);
        for (var n = 0; n < learners; n++)
        {
            var institution = (int)((long)n * institutions / learners);
            var h = Mix(seed, (ulong)n);
            var yearGroup = 7 + (int)(h % 7);
            var disadvantaged = (h >> 8) % 100 < 27;
            var learnerId = "L" + n.ToString("D8", CultureInfo.InvariantCulture);
            roll.Write(learnerId);
            roll.WriteLine(disadvantaged ? ",true" : ",false");
            var rows = 1 + (int)((h >> 16) % 14);
            var previous = -1L;
            var split = Split.None;
            for (var r = 0; r < rows; r++)
            {
                var g = Mix(h, (ulong)r + 1);
                // Half the rows that are followed by a row of the same activity split its evidence with it: this row
                // has all of it but the reflection, the next only the reflection, so that neither is meaningful for
                // Benchmark 5 alone and together they are (the evidence of one activity is merged across its rows).
                var next = Mix(h, (ulong)r + 2);
                split =
                    split == Split.Register ? Split.Log
                    : r + 1 < rows && next % 100 < 5 && (next >> 40) % 2 == 0 ? Split.Register
                    : Split.None;
                long activity;
                if (previous >= 0 && g % 100 < 5)
                {
                    // The same activity again: a register row and a log row, each with its own evidence.
                    activity = previous;
                }
                else
                {
                    var yearsSinceYear7 = yearGroup - 7;
                    var back =
                        (g >> 8) % 10 == 0
                            ? yearsSinceYear7 + 1
                            : (int)((g >> 16) % (ulong)(yearsSinceYear7 + 1));
                    var year = ActivityYears - 1 - back;
                    activity =
                        (((long)institution * ActivityYears) + year) * ActivitiesPerYear
                        + (long)((g >> 24) % ActivitiesPerYear);
                }

                previous = activity;
                WriteRow(line, learnerId, institution, yearGroup, activity, seed, g, split);
                export.Write(line);
                records++;
            }
        }

        return records;
    }

    public static string InstitutionId(int institution) =>
        (100_000 + institution).ToString(CultureInfo.InvariantCulture);

    private static void WriteRow(
        StringBuilder line,
        string learnerId,
        int institution,
        int yearGroup,
        long activity,
        ulong seed,
        ulong g,
        Split split
    )
    {
        // Everything about the activity comes from its number, so every row of it agrees.
        var a = Mix(seed ^ 0x5bd1e995UL, (ulong)activity);
        var year = FirstActivityYear + (int)(activity / ActivitiesPerYear % ActivityYears);
        var date = new DateOnly(year, 9, 1).AddDays((int)(a % 320));
        var pick = (int)((a >> 12) % 100);
        var kind = 0;
        while (pick >= KindWeights[kind])
        {
            pick -= KindWeights[kind];
            kind++;
        }

        var employers = kind switch
        {
            1 => 2 + (int)((a >> 20) % 6),
            >= 9 => 0,
            _ => 1,
        };
        var workplace = kind is >= 4 and <= 7;
        var evidence = (int)((a >> 28) % 10) switch
        {
            0 or 1 or 2 => 0,
            3 or 4 => workplace ? 5 : 1,
            5 or 6 => 2,
            7 => 3,
            8 => 6,
            _ => 4,
        };
        var text = Evidence[evidence];
        var own = (g >> 32) % 100;
        if (split == Split.Register)
        {
            text = text.Replace("|Reflection", "", StringComparison.Ordinal);
        }
        else if (split == Split.Log)
        {
            text = text.Contains("|Reflection", StringComparison.Ordinal) ? "Reflection" : "";
        }
        else if (own < 10 && text.Length > 0)
        {
            // This learner did not take an active part, or did not reflect: their row lacks the flag.
            text = text.Replace(
                own < 5 ? "|ActiveParticipation" : "|Reflection",
                "",
                StringComparison.Ordinal
            );
        }
        else if (own < 14)
        {
            text = "";
        }

        line.Clear();
        line.Append(learnerId)
            .Append(',')
            .Append(InstitutionId(institution))
            .Append(",Year ")
            .Append(yearGroup.ToString(CultureInfo.InvariantCulture))
            .Append(",A")
            .Append(activity.ToString("D8", CultureInfo.InvariantCulture))
            .Append(',')
            .Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Append(',')
            .Append(Kinds[kind])
            .Append(',')
            .Append(text)
            .Append(',')
            .Append(employers.ToString(CultureInfo.InvariantCulture))
            .Append('\n');
    }

    /// <summary>How a row shares its activity's evidence with the row after it, or the row before.</summary>
    private enum Split
    {
        /// <summary>The row carries the evidence as the activity and the learner's own part give it.</summary>
        None,

        /// <summary>The first of two rows of one activity: all of its evidence but the reflection.</summary>
        Register,

        /// <summary>The second of two rows of one activity: only the reflection, if the activity has it.</summary>
        Log,
    }

    /// <summary>SplitMix64 of a seed and a value: a cheap, well-mixed, reproducible hash.</summary>
    private static ulong Mix(ulong seed, ulong value)
    {
        var z = seed + (value * 0x9E3779B97F4A7C15UL) + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
