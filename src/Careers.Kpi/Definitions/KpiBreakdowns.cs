namespace Careers.Kpi;

/// <summary>
/// The names of the breakdowns only the KPI report uses, and its "all groups" value. The breakdowns by the learners'
/// characteristics (disadvantage, SEN provision, EAL, sex, ward, institution, year group) and their groups are
/// <see cref="Breakdowns"/>, the vocabulary every package shares. The names are the column names of the tidy CSV.
/// </summary>
public static class KpiBreakdowns
{
    /// <summary>The academic age, for example 16 or 17.</summary>
    public const string AcademicAge = "academic_age";

    /// <summary>Who answered a survey: parents and carers, teachers, employers.</summary>
    public const string Respondent = "respondent";

    /// <summary>The size of an employer, for example "SME".</summary>
    public const string EmployerSize = "employer_size";

    /// <summary>The filter value explore-education-statistics uses for "all groups".</summary>
    public const string Total = "Total";
}
