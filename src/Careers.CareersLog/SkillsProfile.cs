using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Careers.CareersLog;

/// <summary>
/// A learner's essential skills from their log as at a date: the latest step recorded in each of the eight skills and
/// the change since an earlier date, the "incremental increase in their accumulated essential life skills" the
/// strategy asks the log to show (docs/articles/domain.md §7). The latest record of a skill is the one with the
/// latest date; two on one day count as the higher step.
/// </summary>
public sealed class SkillsProfile
{
    private SkillsProfile(LocalDate asAt, IReadOnlyList<SkillProgress> skills)
    {
        AsAt = asAt;
        Skills = skills;
    }

    // The eight skills are numbered 0 to 7 in the framework's order.
    private const int SkillCount = 8;

    /// <summary>The date the profile is as at; records after it are not counted.</summary>
    public LocalDate AsAt { get; }

    /// <summary>All eight skills, in the framework's order, recorded or not.</summary>
    public IReadOnlyList<SkillProgress> Skills { get; }

    /// <summary>The progress in one skill.</summary>
    /// <param name="skill">The skill.</param>
    /// <returns>Its progress.</returns>
    public SkillProgress this[EssentialSkill skill] =>
        Skills[(int)Guard.Defined(skill, nameof(skill))];

    /// <summary>The profile of a log as at a date.</summary>
    /// <param name="log">The log.</param>
    /// <param name="asAt">The date: any date (records are only compared with it), never an exception.</param>
    /// <returns>The profile.</returns>
    public static SkillsProfile Of(CareersLogDocument log, LocalDate asAt)
    {
        Guard.NotNull(log, nameof(log));
        var records = log.Entries.OfType<SkillEntry>().Where(e => e.Date <= asAt).ToList();
        var skills = Enumerable
            .Range(0, SkillCount)
            .Select(i => (EssentialSkill)i)
            .Select(skill => new SkillProgress(
                skill,
                [.. records.Where(r => r.Skill == skill).OrderBy(r => r.Date).ThenBy(r => r.Step)]
            ))
            .ToList();
        return new SkillsProfile(asAt, skills);
    }
}
