using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Careers.CareersLog;

/// <summary>The closed and extensible word lists of the careers-log schema, in one place for the model and its JSON.</summary>
internal static class LogVocabulary
{
    /// <summary>The meaningful-encounter evidence as the schema writes it, with the first schema version that has it.</summary>
    public static readonly IReadOnlyList<(
        MeaningfulEvidence Flag,
        string Name,
        int Since
    )> Evidence =
    [
        (MeaningfulEvidence.LearningOutcomes, "learningOutcomes", 1),
        (MeaningfulEvidence.TwoWayInteraction, "twoWayInteraction", 1),
        (MeaningfulEvidence.ExtensiveTwoWayInteraction, "extensiveTwoWayInteraction", 1),
        (MeaningfulEvidence.ActiveParticipation, "activeParticipation", 1),
        (MeaningfulEvidence.MetRangeOfPeople, "metRangeOfPeople", 1),
        (MeaningfulEvidence.TaskSetByEmployer, "taskSetByEmployer", 1),
        (MeaningfulEvidence.EmployerFeedback, "employerFeedback", 1),
        (MeaningfulEvidence.ClearPurpose, "clearPurpose", 2),
        (MeaningfulEvidence.Reflection, "reflection", 2),
        (MeaningfulEvidence.ProviderInformation, "providerInformation", 2),
        (MeaningfulEvidence.LearningEnvironment, "learningEnvironment", 2),
        (MeaningfulEvidence.MetStaffAndStudents, "metStaffAndStudents", 2),
    ];

    /// <summary>Every evidence flag the log can hold.</summary>
    public static readonly MeaningfulEvidence AllEvidence = Combine();

    private static MeaningfulEvidence Combine()
    {
        var all = MeaningfulEvidence.None;
        foreach (var (flag, _, _) in Evidence)
        {
            all |= flag;
        }

        return all;
    }

    /// <summary>The flag for a schema name, or null.</summary>
    public static MeaningfulEvidence? EvidenceNamed(string name)
    {
        foreach (var (flag, text, _) in Evidence)
        {
            if (string.Equals(text, name, StringComparison.Ordinal))
            {
                return flag;
            }
        }

        return null;
    }

    /// <summary>
    /// The 15 occupational routes of the Institute for Apprenticeships and Technical Education, the closed part of the
    /// sector list; anything else must start with <see cref="ExtensionPrefix"/>.
    /// </summary>
    public static readonly IReadOnlyList<string> Sectors =
    [
        "agriculture-environmental-and-animal-care",
        "business-and-administration",
        "care-services",
        "catering-and-hospitality",
        "construction-and-the-built-environment",
        "creative-and-design",
        "digital",
        "education-and-early-years",
        "engineering-and-manufacturing",
        "hair-and-beauty",
        "health-and-science",
        "legal-finance-and-accounting",
        "protective-services",
        "sales-marketing-and-procurement",
        "transport-and-logistics",
    ];

    /// <summary>The prefix of a local extension to an open list (<c>x-sport</c>).</summary>
    public const string ExtensionPrefix = "x-";

    private static readonly Regex Extension = new(
        "^x-[a-z0-9]+(-[a-z0-9]+)*$",
        RegexOptions.CultureInvariant
    );

    private static readonly Regex Occupation = new(
        "^(soc2020:[0-9]{4}|x-[a-z0-9]+(-[a-z0-9]+)*)$",
        RegexOptions.CultureInvariant
    );

    private static readonly Regex Id = new(
        "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$",
        RegexOptions.CultureInvariant
    );

    /// <summary>The longest name (a job, an employer, a title) in code points.</summary>
    public const int NameLength = 200;

    /// <summary>The longest free text in code points.</summary>
    public const int TextLength = 4000;

    public static bool IsSector(string value) =>
        Sectors.Contains(value) || Extension.IsMatch(value);

    public static bool IsOccupation(string value) => Occupation.IsMatch(value);

    public static bool IsId(string value) => Id.IsMatch(value);

    /// <summary>Length in Unicode code points, as JSON Schema counts it (a surrogate pair is one).</summary>
    public static int CodePoints(string value) => CodePoints(value.AsSpan());

    /// <summary>Length in Unicode code points of a span of UTF-16, as JSON Schema counts it (a surrogate pair is one).</summary>
    public static int CodePoints(ReadOnlySpan<char> value)
    {
        var count = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (
                char.IsHighSurrogate(value[i])
                && i + 1 < value.Length
                && char.IsLowSurrogate(value[i + 1])
            )
            {
                i++;
            }

            count++;
        }

        return count;
    }
}
