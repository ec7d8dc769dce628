namespace Careers.Gatsby;

/// <summary>Whether a criterion is met.</summary>
public enum CriterionStatus
{
    /// <summary>Not met, or not answered.</summary>
    NotMet = 0,

    /// <summary>Met.</summary>
    Met = 1,

    /// <summary>Does not apply: no learners are in its scope (an 11–16 school and a criterion "by the age of 18").</summary>
    NotApplicable = 2,
}
