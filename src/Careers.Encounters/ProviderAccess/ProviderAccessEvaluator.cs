using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using NodaTime;

namespace Careers.Encounters;

/// <summary>Where a learner stands in one key phase.</summary>
public enum PhaseStatus
{
    /// <summary>The phase's window has not opened for the learner.</summary>
    NotYetOpen = 0,

    /// <summary>The window is open and the learner has not yet had the encounters.</summary>
    InProgress = 1,

    /// <summary>The learner has had the encounters the phase requires.</summary>
    Compliant = 2,

    /// <summary>The window closed without the encounters.</summary>
    Missed = 3,
}

/// <summary>A learner's standing in one key phase, with the encounters that counted and the reasons for the rest. Immutable.</summary>
public sealed class PhaseCompliance
{
    internal PhaseCompliance(
        ProviderAccessPhase phase,
        PhaseStatus status,
        LocalDate start,
        LocalDate end,
        IReadOnlyList<string> counted,
        IReadOnlyList<string> reasons
    )
    {
        Phase = phase;
        Status = status;
        WindowStart = start;
        WindowEnd = end;
        Counted = counted;
        Reasons = reasons;
    }

    /// <summary>The phase.</summary>
    public ProviderAccessPhase Phase { get; }

    /// <summary>The status.</summary>
    public PhaseStatus Status { get; }

    /// <summary>Whether attending is mandatory for the pupil (phases one and two).</summary>
    public bool IsMandatory => ProviderAccessPolicy.IsMandatoryForPupils(Phase);

    /// <summary>The first day of the learner's window.</summary>
    public LocalDate WindowStart { get; }

    /// <summary>The last day of the learner's window (28 February).</summary>
    public LocalDate WindowEnd { get; }

    /// <summary>The ids of the activities that counted.</summary>
    public IReadOnlyList<string> Counted { get; }

    /// <summary>Why the phase stands as it does: what is missing, and why each activity in the window that did not count did not.</summary>
    public IReadOnlyList<string> Reasons { get; }
}

/// <summary>A learner's standing in the three key phases. Immutable.</summary>
public sealed class LearnerProviderAccess
{
    internal LearnerProviderAccess(Learner learner, IReadOnlyList<PhaseCompliance> phases)
    {
        Learner = learner;
        Phases = phases;
    }

    /// <summary>The learner.</summary>
    public Learner Learner { get; }

    /// <summary>Phases one, two and three, in order.</summary>
    public IReadOnlyList<PhaseCompliance> Phases { get; }

    /// <summary>A phase by number.</summary>
    /// <param name="phase">The phase.</param>
    /// <returns>The learner's standing in it.</returns>
    public PhaseCompliance Phase(ProviderAccessPhase phase) => Phases[(int)phase - 1];
}

/// <summary>What a school put on in one key phase, and who was missed. Immutable.</summary>
public sealed class SchoolPhaseProvision
{
    internal SchoolPhaseProvision(
        ProviderAccessPhase phase,
        IReadOnlyList<string> occasions,
        bool dutyMet,
        IReadOnlyList<string> missed,
        IReadOnlyList<string> outstanding
    )
    {
        Phase = phase;
        Occasions = occasions;
        DutyMet = dutyMet;
        Missed = missed;
        Outstanding = outstanding;
    }

    /// <summary>The phase.</summary>
    public ProviderAccessPhase Phase { get; }

    /// <summary>The qualifying encounters the school put on for learners in the phase, by activity id.</summary>
    public IReadOnlyList<string> Occasions { get; }

    /// <summary>Whether the school put on enough qualifying encounters, not all with the same provider or providers.</summary>
    public bool DutyMet { get; }

    /// <summary>Learners whose window closed without the encounters (for phase three, who did not attend).</summary>
    public IReadOnlyList<string> Missed { get; }

    /// <summary>Learners whose window is open and who have not yet had the encounters.</summary>
    public IReadOnlyList<string> Outstanding { get; }
}

/// <summary>The Provider Access Legislation for a school's learners, as at a date. Immutable.</summary>
public sealed class ProviderAccessResult
{
    internal ProviderAccessResult(
        ProviderAccessPolicy policy,
        LocalDate asAt,
        IReadOnlyList<LearnerProviderAccess> learners,
        IReadOnlyList<SchoolPhaseProvision> school
    )
    {
        Provenance = new Provenance(policy.Id, policy.Version, asAt);
        Learners = learners;
        School = school;
    }

    /// <summary>The policy's id and version and the as-at date.</summary>
    public Provenance Provenance { get; }

    /// <summary>Each learner's standing, in the order given.</summary>
    public IReadOnlyList<LearnerProviderAccess> Learners { get; }

    /// <summary>What the school put on in phases one, two and three.</summary>
    public IReadOnlyList<SchoolPhaseProvision> School { get; }

    /// <summary>Whether the school put on all six encounters (two in each of the three phases).</summary>
    public bool AllSixPutOn => School.All(p => p.DutyMet);
}

/// <summary>Evaluates a school's learners against the Provider Access Legislation. Pure and thread-safe.</summary>
public sealed class ProviderAccessEvaluator
{
    private static readonly ProviderAccessPhase[] AllPhases =
    [
        ProviderAccessPhase.One,
        ProviderAccessPhase.Two,
        ProviderAccessPhase.Three,
    ];

    /// <summary>Creates an evaluator.</summary>
    /// <param name="policy">The rules.</param>
    public ProviderAccessEvaluator(ProviderAccessPolicy policy) =>
        Policy = Guard.NotNull(policy, nameof(policy));

    /// <summary>An evaluator with <see cref="ProviderAccessPolicy.Default"/>.</summary>
    public static ProviderAccessEvaluator Default { get; } = new(ProviderAccessPolicy.Default);

    /// <summary>The rules applied.</summary>
    public ProviderAccessPolicy Policy { get; }

    /// <summary>Evaluates a school's learners as at a date.</summary>
    /// <param name="learners">The school's learners.</param>
    /// <param name="activities">The activities.</param>
    /// <param name="participations">Who took part in which activity.</param>
    /// <param name="asAt">The date; activities after it do not count.</param>
    /// <returns>Each learner's standing and the school's provision per phase, or every problem in the input.</returns>
    public Evaluation<ProviderAccessResult> Evaluate(
        IReadOnlyList<Learner> learners,
        IReadOnlyList<CareersActivity> activities,
        IReadOnlyList<Participation> participations,
        LocalDate asAt
    )
    {
        Guard.NotNull(learners, nameof(learners));
        Guard.NotNull(activities, nameof(activities));
        Guard.NotNull(participations, nameof(participations));
        var problems = new List<ValidationError>();
        var index = RecordIndex.Build(
            learners,
            activities,
            participations,
            AcademicYear.ForDate(asAt),
            problems
        );
        if (problems.Count > 0)
        {
            return Evaluation<ProviderAccessResult>.Of(problems);
        }

        var activityById = new Dictionary<string, CareersActivity>(StringComparer.Ordinal);
        foreach (var pair in index.Activities)
        {
            activityById.Add(pair.Key, activities[pair.Value]);
        }

        var byLearner = learners.ToDictionary(
            l => l.Id,
            _ => new List<Participation>(),
            StringComparer.Ordinal
        );
        for (var p = 0; p < participations.Count; p++)
        {
            byLearner[learners[index.LearnerOf[p]].Id].Add(participations[p]);
        }

        var results = learners
            .Select(l => new LearnerProviderAccess(
                l,
                AllPhases
                    .Select(phase => Phase(phase, l, byLearner[l.Id], activityById, asAt))
                    .ToArray()
            ))
            .ToArray();
        var school = AllPhases.Select(phase => School(phase, results, activityById)).ToArray();
        return Evaluation<ProviderAccessResult>.Of(
            new ProviderAccessResult(Policy, asAt, results, school)
        );
    }

    private PhaseCompliance Phase(
        ProviderAccessPhase phase,
        Learner learner,
        List<Participation> participations,
        Dictionary<string, CareersActivity> activities,
        LocalDate asAt
    )
    {
        var start = ProviderAccessPolicy.WindowStart(phase, learner);
        var end = ProviderAccessPolicy.WindowEnd(phase, learner);
        var reasons = new List<string>();
        var occasions = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (
            var group in participations
                .GroupBy(p => p.ActivityId, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
        )
        {
            var activity = activities[group.Key];
            if (activity.Date < start || activity.Date > end || activity.Date > asAt)
            {
                continue;
            }

            var evidence = group.Aggregate(activity.Evidence, (flags, p) => flags | p.Evidence);
            var why = WhyNot(activity, evidence);
            if (why is null)
            {
                occasions[activity.Id] = ProviderSet(activity);
            }
            else
            {
                reasons.Add($"{activity.Id} ({activity.Date:yyyy-MM-dd}) does not count: {why}.");
            }
        }

        var distinctSets = occasions.Values.Distinct(StringComparer.Ordinal).Count();
        var compliant =
            occasions.Count >= Policy.EncountersPerPhase
            && (Policy.EncountersPerPhase < 2 || distinctSets >= 2);
        if (!compliant)
        {
            reasons.Insert(
                0,
                occasions.Count >= Policy.EncountersPerPhase
                    ? $"{occasions.Count} qualifying encounters, all with the same provider or providers ({occasions.Values.First()}); the pupil must not meet exactly the same ones each time."
                    : $"{occasions.Count} qualifying {(occasions.Count == 1 ? "encounter" : "encounters")} of the {Policy.EncountersPerPhase} needed between {start:yyyy-MM-dd} and {end:yyyy-MM-dd}."
            );
        }

        var status =
            compliant ? PhaseStatus.Compliant
            : asAt < start ? PhaseStatus.NotYetOpen
            : asAt > end ? PhaseStatus.Missed
            : PhaseStatus.InProgress;
        return new PhaseCompliance(
            phase,
            status,
            start,
            end,
            occasions.Keys.ToArray(),
            reasons.AsReadOnly()
        );
    }

    private string? WhyNot(CareersActivity activity, MeaningfulEvidence evidence)
    {
        if (activity.DuringSchoolDay != true)
        {
            return activity.DuringSchoolDay is null
                ? "not recorded as during the school day"
                : "not during the school day";
        }

        if (!activity.Organisations.Any(o => o.OffersApprovedTechnicalEducationOrApprenticeships))
        {
            return "no provider of approved technical education or apprenticeships";
        }

        var missing = Policy.RequiredContent & ~evidence;
        return missing == MeaningfulEvidence.None ? null : $"content missing ({missing})";
    }

    private static string ProviderSet(CareersActivity activity) =>
        string.Join(
            "+",
            activity
                .Organisations.Where(o => o.OffersApprovedTechnicalEducationOrApprenticeships)
                .Select(o => o.Id)
                .Distinct()
                .OrderBy(i => i, StringComparer.Ordinal)
        );

    private SchoolPhaseProvision School(
        ProviderAccessPhase phase,
        LearnerProviderAccess[] learners,
        Dictionary<string, CareersActivity> activities
    )
    {
        var occasions = learners
            .SelectMany(l => l.Phase(phase).Counted)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(i => i, StringComparer.Ordinal)
            .ToArray();
        var sets = occasions
            .Select(id => ProviderSet(activities[id]))
            .Distinct(StringComparer.Ordinal)
            .Count();
        var dutyMet =
            occasions.Length >= Policy.EncountersPerPhase
            && (Policy.EncountersPerPhase < 2 || sets >= 2);
        return new SchoolPhaseProvision(
            phase,
            occasions,
            dutyMet,
            learners
                .Where(l => l.Phase(phase).Status == PhaseStatus.Missed)
                .Select(l => l.Learner.Id)
                .ToArray(),
            learners
                .Where(l => l.Phase(phase).Status == PhaseStatus.InProgress)
                .Select(l => l.Learner.Id)
                .ToArray()
        );
    }
}
