using System;

namespace Careers;

/// <summary>
/// The one vocabulary for breaking a figure down by the learners' characteristics: the names of the breakdowns the
/// strategy asks for on every indicator (disadvantage, SEN provision, EAL, sex and ward; docs/articles/domain.md §9),
/// with institution and year group, and the names of their groups. Every package that breaks figures down (the
/// entitlement roll-up, the KPI report) uses these, so a table from one joins a table from the other. The breakdown
/// names are the column names of the tidy CSV that explore-education-statistics publishes (lower case, underscores);
/// the group names are the labels it prints.
/// </summary>
public static class Breakdowns
{
    /// <summary>The breakdown by institution: the learner's institution id, or <see cref="NotRecorded"/>.</summary>
    public const string Institution = "institution";

    /// <summary>The breakdown by year group: "Reception", "Year 1" … "Year 13".</summary>
    public const string YearGroup = "year_group";

    /// <summary>
    /// The breakdown by disadvantage (<see cref="LearnerCharacteristics.IsDisadvantaged"/>, the DfE definition):
    /// <see cref="Disadvantaged"/> and <see cref="NotDisadvantaged"/>.
    /// </summary>
    public const string Disadvantage = "disadvantage";

    /// <summary>The breakdown by SEN provision: <see cref="SenSupport"/>, <see cref="EhcPlan"/> and <see cref="NoSen"/>.</summary>
    public const string SenProvision = "sen_provision";

    /// <summary>
    /// The breakdown by English as an additional language: <see cref="Eal"/> and <see cref="NotEal"/>.
    /// </summary>
    public const string EnglishAsAdditionalLanguage = "eal";

    /// <summary>The breakdown by sex: <see cref="Female"/>, <see cref="Male"/> and <see cref="NotRecorded"/>.</summary>
    public const string Sex = "sex";

    /// <summary>The breakdown by the ward or area the learner lives in (<see cref="LearnerCharacteristics.HomeArea"/>), or <see cref="NotRecorded"/>.</summary>
    public const string Ward = "ward";

    /// <summary>The group of disadvantaged learners.</summary>
    public const string Disadvantaged = "Disadvantaged";

    /// <summary>The group of learners who are not disadvantaged.</summary>
    public const string NotDisadvantaged = "Not disadvantaged";

    /// <summary>The group of learners with SEN support.</summary>
    public const string SenSupport = "SEN support";

    /// <summary>The group of learners with an education, health and care plan.</summary>
    public const string EhcPlan = "EHC plan";

    /// <summary>The group of learners with no special educational needs recorded.</summary>
    public const string NoSen = "No SEN";

    /// <summary>The group of learners whose first language is not English.</summary>
    public const string Eal = "EAL";

    /// <summary>The group of learners whose first language is English.</summary>
    public const string NotEal = "Not EAL";

    /// <summary>The group of female learners.</summary>
    public const string Female = "Female";

    /// <summary>The group of male learners.</summary>
    public const string Male = "Male";

    /// <summary>The group of learners for whom the characteristic is not recorded.</summary>
    public const string NotRecorded = "Not recorded";

    /// <summary>
    /// The five breakdowns every pupil-level indicator of the strategy carries: <see cref="Disadvantage"/>,
    /// <see cref="SenProvision"/>, <see cref="EnglishAsAdditionalLanguage"/>, <see cref="Sex"/> and <see cref="Ward"/>.
    /// </summary>
    public static System.Collections.Generic.IReadOnlyList<string> Equity { get; } =
    [Disadvantage, SenProvision, EnglishAsAdditionalLanguage, Sex, Ward];

    /// <summary>The group a learner is in for a breakdown.</summary>
    /// <param name="breakdown">One of the breakdown names of this class.</param>
    /// <param name="learner">The learner.</param>
    /// <param name="yearGroup">The learner's year group in the academic year the figure is for.</param>
    /// <returns>The group's name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="learner"/> is null.</exception>
    /// <exception cref="ArgumentException">No breakdown has that name.</exception>
    public static string GroupOf(string breakdown, Learner learner, YearGroup yearGroup)
    {
        Guard.NotNull(learner, nameof(learner));
        var c = learner.Characteristics;
        return breakdown switch
        {
            Institution => learner.InstitutionId ?? NotRecorded,
            YearGroup => yearGroup.ToString(),
            Disadvantage => c.IsDisadvantaged ? Disadvantaged : NotDisadvantaged,
            SenProvision => GroupOf(c.SenProvision),
            EnglishAsAdditionalLanguage => c.EnglishAsAdditionalLanguage ? Eal : NotEal,
            Sex => GroupOf(c.Sex),
            Ward => c.HomeArea ?? NotRecorded,
            _ => throw new ArgumentException(
                $"No breakdown '{breakdown}'; use one of {Institution}, {YearGroup}, {Disadvantage}, {SenProvision}, {EnglishAsAdditionalLanguage}, {Sex}, {Ward}.",
                nameof(breakdown)
            ),
        };
    }

    /// <summary>The group of a SEN provision: <see cref="SenSupport"/>, <see cref="EhcPlan"/> or <see cref="NoSen"/>.</summary>
    /// <param name="provision">The provision.</param>
    /// <returns>The group's name.</returns>
    public static string GroupOf(Careers.SenProvision provision) =>
        provision switch
        {
            Careers.SenProvision.SenSupport => SenSupport,
            Careers.SenProvision.EhcPlan => EhcPlan,
            _ => NoSen,
        };

    /// <summary>The group of a sex: <see cref="Female"/>, <see cref="Male"/> or <see cref="NotRecorded"/>.</summary>
    /// <param name="sex">The sex.</param>
    /// <returns>The group's name.</returns>
    public static string GroupOf(Careers.Sex sex) =>
        sex switch
        {
            Careers.Sex.Female => Female,
            Careers.Sex.Male => Male,
            _ => NotRecorded,
        };
}
