namespace Careers.CareersLog;

/// <summary>Who judged that a skill step was mastered (docs/articles/domain.md §7).</summary>
public enum SkillAssessor
{
    /// <summary>A teacher.</summary>
    Teacher = 0,

    /// <summary>The learner, assessing themselves.</summary>
    Self = 1,

    /// <summary>An employer.</summary>
    Employer = 2,
}
