namespace Careers;

/// <summary>The usual grouping of activity kinds by what they are evidence of.</summary>
public enum ActivityCategory
{
    /// <summary>An encounter with employers or employees (Gatsby Benchmark 5).</summary>
    EmployerEncounter = 0,

    /// <summary>An experience of a workplace (Gatsby Benchmark 6).</summary>
    WorkplaceExperience = 1,

    /// <summary>Paid part-time work, which Benchmark 6 excludes and the 2024 edition of Benchmark 5 may count.</summary>
    PartTimeWork = 2,

    /// <summary>An encounter with further or higher education or training providers (Gatsby Benchmark 7, the Provider Access Legislation).</summary>
    ProviderEncounter = 3,

    /// <summary>Personal guidance (Gatsby Benchmark 8).</summary>
    Guidance = 4,

    /// <summary>Careers and labour market information (Gatsby Benchmark 2).</summary>
    Information = 5,

    /// <summary>Career-related learning in primary school.</summary>
    CareerRelatedLearning = 6,
}
