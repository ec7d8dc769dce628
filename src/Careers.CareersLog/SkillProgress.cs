using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Careers.CareersLog;

/// <summary>The records of one essential skill, oldest first.</summary>
public sealed class SkillProgress
{
    internal SkillProgress(EssentialSkill skill, IReadOnlyList<SkillEntry> records)
    {
        Skill = skill;
        Records = records;
    }

    /// <summary>The skill.</summary>
    public EssentialSkill Skill { get; }

    /// <summary>Its records up to the profile's date, oldest first.</summary>
    public IReadOnlyList<SkillEntry> Records { get; }

    /// <summary>The latest step recorded, or null when none is.</summary>
    public int? LatestStep => Records.Count == 0 ? null : Records[Records.Count - 1].Step;

    /// <summary>The latest step recorded on or before a date, or null when none is.</summary>
    /// <param name="date">The date: any date.</param>
    /// <returns>The step then.</returns>
    public int? StepOn(LocalDate date) => Records.LastOrDefault(r => r.Date <= date)?.Step;

    /// <summary>
    /// The change in steps since a date: the latest step less the step then, where nothing recorded by then counts as
    /// step 0 (the framework's first step); null when the skill has no record at all.
    /// </summary>
    /// <param name="since">The earlier date: any date.</param>
    /// <returns>The steps gained (negative when a later assessment is lower).</returns>
    public int? ChangeSince(LocalDate since) => LatestStep - (StepOn(since) ?? 0);
}
