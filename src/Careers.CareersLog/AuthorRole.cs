namespace Careers.CareersLog;

/// <summary>Who wrote a log entry.</summary>
public enum AuthorRole
{
    /// <summary>The learner, in their own words.</summary>
    Learner = 0,

    /// <summary>A teacher.</summary>
    Teacher = 1,

    /// <summary>The careers leader.</summary>
    CareersLeader = 2,

    /// <summary>A careers adviser.</summary>
    CareersAdviser = 3,

    /// <summary>A parent or carer.</summary>
    ParentCarer = 4,

    /// <summary>An employer.</summary>
    Employer = 5,

    /// <summary>A provider of education or training.</summary>
    Provider = 6,

    /// <summary>Someone else.</summary>
    Other = 7,
}
