namespace Careers.Kpi;

/// <summary>
/// The names of the breakdowns the strategy asks for on every indicator: disadvantaged pupils, SEND, EAL, sex and
/// ward (docs/articles/domain.md §9), and a few more. The names are the column names of the tidy CSV.
/// </summary>
public static class KpiBreakdowns
{
    /// <summary>Disadvantaged or not (docs/articles/domain.md §8): groups <see cref="DisadvantagedGroup"/> and <see cref="NotDisadvantagedGroup"/>.</summary>
    public const string Disadvantage = "disadvantage";

    /// <summary>SEN provision: "SEN support", "EHC plan", "No SEN".</summary>
    public const string SenProvision = "sen_provision";

    /// <summary>English as an additional language: "EAL", "not EAL".</summary>
    public const string EnglishAsAdditionalLanguage = "eal";

    /// <summary>Sex: "Female", "Male".</summary>
    public const string Sex = "sex";

    /// <summary>The ward the learner lives in or the institution stands in.</summary>
    public const string Ward = "ward";

    /// <summary>The school or college.</summary>
    public const string Institution = "institution";

    /// <summary>The year group.</summary>
    public const string YearGroup = "year_group";

    /// <summary>The academic age, for example 16 or 17.</summary>
    public const string AcademicAge = "academic_age";

    /// <summary>Who answered a survey: parents and carers, teachers, employers.</summary>
    public const string Respondent = "respondent";

    /// <summary>The size of an employer, for example "SME".</summary>
    public const string EmployerSize = "employer_size";

    /// <summary>The group of disadvantaged pupils.</summary>
    public const string DisadvantagedGroup = "Disadvantaged";

    /// <summary>The group of pupils who are not disadvantaged.</summary>
    public const string NotDisadvantagedGroup = "Not disadvantaged";

    /// <summary>The filter value explore-education-statistics uses for "all groups".</summary>
    public const string Total = "Total";

    /// <summary>The five breakdowns every pupil-level indicator of the strategy carries.</summary>
    public static System.Collections.Generic.IReadOnlyList<string> Equity { get; } =
    [Disadvantage, SenProvision, EnglishAsAdditionalLanguage, Sex, Ward];
}
