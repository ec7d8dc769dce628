namespace Careers.Gatsby;

/// <summary>What to do with activities dated after the as-at date.</summary>
public enum FutureActivityHandling
{
    /// <summary>Report each as a problem; no score is given until the data is put right.</summary>
    Reject = 0,

    /// <summary>Leave them out of the score without comment (for data that mixes planned and delivered activities).</summary>
    Ignore = 1,
}
