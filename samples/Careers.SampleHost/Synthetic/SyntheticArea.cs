using System.Collections.Generic;
using Careers.CareersLog;
using Careers.Encounters;
using Careers.Kpi;
using NodaTime;

namespace Careers.SampleHost.Synthetic;

// Careers.CareersLog is also a namespace, and inside namespace Careers.* the compiler finds the namespace before the
// type; this alias names the type (code outside namespace Careers needs only `using Careers.CareersLog;`).

/// <summary>
/// A synthetic local area shaped like Derby: institutions, learners, careers activities and who took part. Nothing in
/// it describes a real person or a real school: every name carries "(synthetic)" and <see cref="Label"/> says so.
/// </summary>
/// <param name="Options">The options it was generated from.</param>
/// <param name="Institutions">The schools and the college.</param>
/// <param name="Learners">The learners on roll in the reference year.</param>
/// <param name="Activities">The careers activities, each with the institution that ran it.</param>
/// <param name="Participations">Who took part in which activity.</param>
/// <param name="CareersLogs">The careers and skills logs started in primary school, each with its learner.</param>
public sealed record SyntheticArea(
    SyntheticAreaOptions Options,
    IReadOnlyList<SyntheticInstitution> Institutions,
    IReadOnlyList<Learner> Learners,
    IReadOnlyList<SyntheticActivity> Activities,
    IReadOnlyList<Participation> Participations,
    IReadOnlyList<SyntheticCareersLog> CareersLogs
)
{
    /// <summary>The label every synthetic record carries.</summary>
    public const string Label = "synthetic";

    /// <summary>The area's name.</summary>
    public string Name => "Derby-like area (synthetic)";

    /// <summary>The date the area describes.</summary>
    public LocalDate ReferenceDate => Options.ReferenceDate;

    /// <summary>
    /// The area's 16–17 NEET returns: end-of-month figures for December, January and February of each year, oldest
    /// first, as NCCIS gives them.
    /// </summary>
    public IReadOnlyList<NeetMonth> NeetMonths { get; init; } = [];

    /// <summary>The area's key stage 4 destination cohorts, by destination year and disadvantage, oldest first.</summary>
    public IReadOnlyList<SyntheticDestinations> Destinations { get; init; } = [];

    /// <summary>
    /// Each secondary school's and the college's answers to the Gatsby criteria that are declared rather than proved
    /// by learners' records (such as "the school has a stable careers programme"), in both editions.
    /// </summary>
    public IReadOnlyList<SyntheticAnswer> DeclaredAnswers { get; init; } = [];
}

/// <summary>An institution's answer to a declared Gatsby criterion.</summary>
/// <param name="InstitutionId">The institution.</param>
/// <param name="CriterionId">The criterion's stable id, such as <c>2024.schools.B1.1</c>.</param>
/// <param name="Met">Whether the institution declares it met.</param>
public sealed record SyntheticAnswer(string InstitutionId, string CriterionId, bool Met);

/// <summary>A key stage 4 destination cohort of a synthetic area: one destination year, one group.</summary>
/// <param name="Year">The destination year (2023/24 for pupils who finished key stage 4 in 2022/23).</param>
/// <param name="Group"><see cref="Breakdowns.Disadvantaged"/> or <see cref="Breakdowns.NotDisadvantaged"/>.</param>
/// <param name="Counts">Former pupils in each destination category.</param>
public sealed record SyntheticDestinations(
    AcademicYear Year,
    string Group,
    IReadOnlyDictionary<DestinationCategory, int> Counts
);

/// <summary>An institution of a synthetic area, with the ward it stands in and how its pupils achieve.</summary>
/// <param name="Institution">The institution.</param>
/// <param name="Ward">The ward.</param>
/// <param name="Achievement">Attainment from 0 (lowest) to 1 (highest); provision follows it, as the strategy found.</param>
public sealed record SyntheticInstitution(Institution Institution, string Ward, double Achievement)
{
    /// <summary>
    /// What the school declares of its provider access policy statement; null for a primary school, where the
    /// Provider Access Legislation does not apply.
    /// </summary>
    public ProviderAccessStatement? ProviderAccessStatement { get; init; }
}

/// <summary>A careers activity of a synthetic area, with the institution that ran it.</summary>
/// <param name="InstitutionId">The institution.</param>
/// <param name="Activity">The activity.</param>
public sealed record SyntheticActivity(string InstitutionId, CareersActivity Activity);

/// <summary>A careers and skills log of a synthetic area, with the learner it belongs to.</summary>
/// <param name="LearnerId">The learner.</param>
/// <param name="Log">The log, valid against the current schema.</param>
public sealed record SyntheticCareersLog(string LearnerId, CareersLogDocument Log);
