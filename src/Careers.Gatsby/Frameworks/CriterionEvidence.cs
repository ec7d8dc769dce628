namespace Careers.Gatsby;

/// <summary>How a criterion is evidenced.</summary>
public enum CriterionEvidence
{
    /// <summary>The institution declares whether it is met (a published programme, governor backing…).</summary>
    Declared = 0,

    /// <summary>The activity record proves it, learner by learner.</summary>
    LearnerEvidence = 1,
}
