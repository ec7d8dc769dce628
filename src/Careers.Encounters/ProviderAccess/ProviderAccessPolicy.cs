using System;
using NodaTime;

namespace Careers.Encounters;

/// <summary>
/// The Provider Access Legislation as a rule set: Education Act 1997 s.42B, as amended by the Skills and Post-16
/// Education Act 2022, and DfE statutory guidance (January 2023) — at least two encounters with providers of approved
/// technical education qualifications or apprenticeships in each of three key phases, during the standard school day,
/// covering the provider and its qualifications or apprenticeships, the careers they lead to, what learning there is
/// like, and answers to pupils' questions. In the first and second key phases every pupil takes part and must not meet
/// exactly the same provider or providers on each occasion (s.42B(2A)(a)); in the third the duty is to put the
/// occasions on, attendance optional (s.42B(2A)(b)). The duty is owed to each cohort in its own key phase
/// (docs/articles/domain.md §6). Immutable.
/// </summary>
public sealed record ProviderAccessPolicy
{
    private readonly int encountersPerPhase = 2;
    private readonly string id = "pal.2023";
    private readonly string version = "1.1";
    private readonly Duration? minimumDuration;

    /// <summary>The statutory rules, as the 2023 guidance sets them.</summary>
    public static ProviderAccessPolicy Default { get; } = new();

    /// <summary>The policy's id, recorded in every result; default <c>pal.2023</c>.</summary>
    /// <exception cref="ArgumentException">Set to empty.</exception>
    public string Id
    {
        get => id;
        init => id = Guard.NotEmpty(value, nameof(Id));
    }

    /// <summary>
    /// The policy's version; default <c>1.1</c> (1.0 applied the different-provider rule to the third phase too, built
    /// the school's duty only from attended encounters and pooled occasions across cohorts).
    /// </summary>
    /// <exception cref="ArgumentException">Set to empty.</exception>
    public string Version
    {
        get => version;
        init => version = Guard.NotEmpty(value, nameof(Version));
    }

    /// <summary>The encounters each phase needs; default 2.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1.</exception>
    public int EncountersPerPhase
    {
        get => encountersPerPhase;
        init =>
            encountersPerPhase =
                value >= 1
                    ? value
                    : throw new ArgumentOutOfRangeException(
                        nameof(EncountersPerPhase),
                        value,
                        "At least one encounter per phase."
                    );
    }

    /// <summary>
    /// The shortest encounter that counts, or <see langword="null"/> (the default) for no minimum. The statute asks for
    /// "a reasonable period of time during the standard school day" and no minute count is published, so this is off
    /// unless a local area decides one; when set, an encounter without a recorded duration does not count.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to zero or a negative duration.</exception>
    public Duration? MinimumDuration
    {
        get => minimumDuration;
        init =>
            minimumDuration =
                value is null || value.Value > Duration.Zero
                    ? value
                    : throw new ArgumentOutOfRangeException(
                        nameof(MinimumDuration),
                        value,
                        "A minimum duration must be positive."
                    );
    }

    /// <summary>
    /// The content an encounter must cover, as evidence flags: information about the provider, its approved
    /// qualifications or apprenticeships and the careers they lead to (<see cref="MeaningfulEvidence.ProviderInformation"/>),
    /// what learning there is like (<see cref="MeaningfulEvidence.LearningEnvironment"/>), and answers to pupils'
    /// questions (<see cref="MeaningfulEvidence.TwoWayInteraction"/>).
    /// </summary>
    public MeaningfulEvidence RequiredContent { get; init; } =
        MeaningfulEvidence.ProviderInformation
        | MeaningfulEvidence.LearningEnvironment
        | MeaningfulEvidence.TwoWayInteraction;

    /// <summary>
    /// The first day of a learner's window for a phase: 1 September of Year 8, 10 or 12.
    /// </summary>
    /// <param name="phase">The phase.</param>
    /// <param name="learner">The learner.</param>
    /// <returns>The first day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The learner's academic year in that year group is outside the supported 1900/01 to 9998/99
    /// (<see cref="Learner.AcademicYearIn"/>); <see cref="ProviderAccessEvaluator"/> reports such a learner as the
    /// problem <c>learner.academic-year-range</c> instead.
    /// </exception>
    public static LocalDate WindowStart(ProviderAccessPhase phase, Learner learner) =>
        Guard.NotNull(learner, nameof(learner)).AcademicYearIn(FirstYearGroup(phase)).Start;

    /// <summary>
    /// The last day of a learner's window for a phase: 28 February of Year 9, 11 or 13. Decision (docs/articles/domain.md
    /// §6): 28 February is the last day; in a leap year 29 February is outside the window.
    /// </summary>
    /// <param name="phase">The phase.</param>
    /// <param name="learner">The learner.</param>
    /// <returns>The last day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The learner's academic year in Year 9, 11 or 13 is outside the supported 1900/01 to 9998/99, as for
    /// <see cref="WindowStart"/>.
    /// </exception>
    public static LocalDate WindowEnd(ProviderAccessPhase phase, Learner learner) =>
        new(
            Guard
                .NotNull(learner, nameof(learner))
                .AcademicYearIn(YearGroup.FromNumber(FirstYearGroup(phase).Number + 1))
                .EndYear,
            2,
            28
        );

    /// <summary>Whether a phase is mandatory for every pupil (phases one and two) rather than a duty on the school only (phase three).</summary>
    /// <param name="phase">The phase.</param>
    /// <returns><see langword="true"/> for phases one and two.</returns>
    public static bool IsMandatoryForPupils(ProviderAccessPhase phase) =>
        phase != ProviderAccessPhase.Three;

    /// <summary>The first year group of a phase: Year 8, 10 or 12.</summary>
    /// <param name="phase">The phase.</param>
    /// <returns>The year group.</returns>
    public static YearGroup FirstYearGroup(ProviderAccessPhase phase) =>
        phase switch
        {
            ProviderAccessPhase.One => YearGroup.Year8,
            ProviderAccessPhase.Two => YearGroup.Year10,
            ProviderAccessPhase.Three => YearGroup.Year12,
            _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, "Not a key phase."),
        };
}
