using System.Collections.Generic;
using System.Text.Json.Serialization;
using NodaTime;

namespace Careers.CareersLog;

/// <summary>
/// A step mastered in one of the eight essential skills of the Skills Builder Universal Framework, steps 0 to 15,
/// with who judged it (docs/articles/domain.md §7).
/// </summary>
public sealed record SkillEntry : LogEntry
{
    private readonly string? evidence;

    /// <summary>Creates a skill record.</summary>
    /// <param name="id">The entry's stable id.</param>
    /// <param name="date">When it happened: any date; one outside the supported range (1 September 1900 to 31 August 9999) is <c>rule.date-range</c> to <see cref="CareersLogValidator"/>.</param>
    /// <param name="yearGroup">The learner's year group then.</param>
    /// <param name="author">Who wrote it.</param>
    /// <param name="skill">The skill.</param>
    /// <param name="step">The step mastered, 0 to 15.</param>
    /// <param name="assessor">Who judged it.</param>
    public SkillEntry(
        string id,
        LocalDate date,
        YearGroup yearGroup,
        LogAuthor author,
        EssentialSkill skill,
        int step,
        SkillAssessor assessor
    )
        : base(LogEntryType.Skill, id, date, yearGroup, author)
    {
        Skill = Guard.Defined(skill, nameof(skill));
        Step = LogGuard.Range(step, 0, MaxStep, nameof(step));
        Assessor = Guard.Defined(assessor, nameof(assessor));
    }

    /// <summary>The highest step of the framework.</summary>
    public const int MaxStep = 15;

    /// <summary>The skill.</summary>
    public EssentialSkill Skill { get; }

    /// <summary>The step mastered, 0 to 15.</summary>
    public int Step { get; }

    /// <summary>Who judged it.</summary>
    public SkillAssessor Assessor { get; }

    /// <summary>What shows it, up to 4000 characters.</summary>
    public string? Evidence
    {
        get => evidence;
        init => evidence = LogGuard.OptionalText(value, LogVocabulary.TextLength, nameof(Evidence));
    }
}
