using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Careers.Encounters;

/// <summary>
/// Evaluates a school's learners against the Provider Access Legislation (Education Act 1997 s.42B, as amended by
/// the Skills and Post-16 Education Act 2022): each pupil's standing in the three key phases, and the school's duty
/// to each cohort in its own key phase. Pure and thread-safe.
/// </summary>
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

    /// <summary>
    /// Evaluates the learners of a school the duty applies to (<see cref="ProviderAccessScope.School"/>) as at a date.
    /// Use the overload that takes the <see cref="Institution"/> to have colleges and independent schools answered
    /// as not in scope.
    /// </summary>
    /// <param name="record">
    /// The school's learners, the activities (those the learners took part in and those offered to their year groups)
    /// and who took part in which, checked when it was made (<see cref="ActivityRecord.Create"/>).
    /// </param>
    /// <param name="asAt">
    /// The date; activities after it do not count. From 1 September 1900 to 31 August 9999; outside that range it is
    /// the problem <c>as-at.range</c>, not an exception.
    /// </param>
    /// <returns>
    /// Each learner's standing and the duty to each cohort, or every problem as at the date: the as-at date outside
    /// the supported range (<c>as-at.range</c>), learners with no year group in its academic year
    /// (<c>learner.year-group</c>), and learners whose Years 8 to 13 fall outside the supported academic years 1900/01
    /// to 9998/99 (<c>learner.academic-year-range</c>).
    /// </returns>
    public Evaluation<ProviderAccessResult> Evaluate(ActivityRecord record, LocalDate asAt) =>
        Evaluate(ProviderAccessScope.School, record, asAt);

    /// <summary>
    /// Evaluates an institution's learners as at a date. An institution outside the duty (an independent school, a
    /// college: <see cref="ProviderAccessScope.For"/>) gets <see cref="ProviderAccessVerdict.NotInScope"/> with the
    /// reason, and no pupil or cohort verdicts.
    /// </summary>
    /// <param name="institution">The institution.</param>
    /// <param name="record">
    /// Its learners, the activities (those the learners took part in and those offered to their year groups) and who
    /// took part in which, checked when it was made (<see cref="ActivityRecord.Create"/>).
    /// </param>
    /// <param name="asAt">
    /// The date; activities after it do not count. From 1 September 1900 to 31 August 9999; outside that range it is
    /// the problem <c>as-at.range</c>, not an exception.
    /// </param>
    /// <returns>
    /// Each learner's standing and the duty to each cohort, or every problem as at the date: the as-at date outside
    /// the supported range (<c>as-at.range</c>), learners with no year group in its academic year
    /// (<c>learner.year-group</c>), and learners whose Years 8 to 13 fall outside the supported academic years 1900/01
    /// to 9998/99 (<c>learner.academic-year-range</c>).
    /// </returns>
    public Evaluation<ProviderAccessResult> Evaluate(
        Institution institution,
        ActivityRecord record,
        LocalDate asAt
    ) =>
        Evaluate(
            ProviderAccessScope.For(Guard.NotNull(institution, nameof(institution))),
            record,
            asAt
        );

    private Evaluation<ProviderAccessResult> Evaluate(
        ProviderAccessScope scope,
        ActivityRecord record,
        LocalDate asAt
    )
    {
        Guard.NotNull(record, nameof(record));
        var problems = new List<ValidationError>();

        // Each pupil is placed in Years 8 to 13, the key phases: those academic years must be supported ones.
        var placed = AsAtPlacement.YearGroups(
            record,
            asAt,
            problems,
            (ProviderAccessPolicy.FirstYearGroup(ProviderAccessPhase.One), YearGroup.Year13)
        );
        if (placed is null)
        {
            return Evaluation<ProviderAccessResult>.Of(problems);
        }

        if (!scope.InScope)
        {
            return Evaluation<ProviderAccessResult>.Of(
                new ProviderAccessResult(
                    Policy,
                    asAt,
                    scope,
                    Array.Empty<LearnerProviderAccess>(),
                    Array.Empty<CohortProvision>(),
                    ProviderAccessVerdict.NotInScope
                )
            );
        }

        var learners = record.Learners;
        var activities = record.Activities;
        var participations = record.Participations;

        // Each learner's participations, and each activity's participants, by position.
        var byLearner = new List<int>[learners.Count];
        var participants = new List<int>[activities.Count];
        for (var p = 0; p < participations.Count; p++)
        {
            (byLearner[record.LearnerIndexOf(p)] ??= []).Add(p);
            (participants[record.ActivityIndexOf(p)] ??= []).Add(p);
        }

        var results = new LearnerProviderAccess[learners.Count];
        for (var l = 0; l < learners.Count; l++)
        {
            var phases = new PhaseCompliance[AllPhases.Length];
            for (var f = 0; f < AllPhases.Length; f++)
            {
                phases[f] = Pupil(AllPhases[f], learners[l], byLearner[l] ?? [], record, asAt);
            }

            results[l] = new LearnerProviderAccess(learners[l], phases);
        }

        var cohorts = new List<CohortProvision>();
        foreach (var phase in AllPhases)
        {
            foreach (
                var cohort in Enumerable
                    .Range(0, learners.Count)
                    .GroupBy(l =>
                        learners[l].AcademicYearIn(ProviderAccessPolicy.FirstYearGroup(phase))
                    )
                    .OrderBy(g => g.Key)
            )
            {
                cohorts.Add(
                    Cohort(phase, cohort.Key, cohort.ToArray(), results, record, participants, asAt)
                );
            }
        }

        var verdict =
            cohorts.Any(c => c.Status == DutyStatus.NotMet) ? ProviderAccessVerdict.NotMet
            : cohorts.Any(c => c.Status == DutyStatus.InProgress) ? ProviderAccessVerdict.InProgress
            : ProviderAccessVerdict.Met;
        return Evaluation<ProviderAccessResult>.Of(
            new ProviderAccessResult(Policy, asAt, scope, results, cohorts.ToArray(), verdict)
        );
    }

    private PhaseCompliance Pupil(
        ProviderAccessPhase phase,
        Learner learner,
        List<int> own,
        ActivityRecord record,
        LocalDate asAt
    )
    {
        var activities = record.Activities;
        var start = ProviderAccessPolicy.WindowStart(phase, learner);
        var end = ProviderAccessPolicy.WindowEnd(phase, learner);
        var reasons = new List<string>();
        var occasions = new SortedDictionary<string, string>(StringComparer.Ordinal);
        // The pupil's evidence for an activity: the activity's own, with what every record of the pupil's adds.
        var evidence = new Dictionary<int, MeaningfulEvidence>();
        foreach (var p in own)
        {
            var a = record.ActivityIndexOf(p);
            evidence[a] =
                (evidence.TryGetValue(a, out var flags) ? flags : activities[a].Evidence)
                | record.Participations[p].Evidence;
        }

        foreach (var pair in evidence.OrderBy(e => activities[e.Key].Id, StringComparer.Ordinal))
        {
            var activity = activities[pair.Key];
            if (activity.Date < start || activity.Date > end || activity.Date > asAt)
            {
                continue;
            }

            var why = WhyNot(activity, pair.Value);
            if (why is null)
            {
                occasions[activity.Id] = ProviderSet(activity);
            }
            else
            {
                reasons.Add(NotCounted(activity, why));
            }
        }

        var compliant = Enough(
            phase,
            occasions.Values,
            start,
            end,
            ("qualifying encounter", "qualifying encounters"),
            reasons
        );
        var status =
            compliant ? PhaseStatus.Compliant
            : asAt < start ? PhaseStatus.NotYetOpen
            : asAt <= end ? PhaseStatus.InProgress
            : ProviderAccessPolicy.IsMandatoryForPupils(phase) ? PhaseStatus.Missed
            : PhaseStatus.NotAttended;
        return new PhaseCompliance(
            phase,
            status,
            start,
            end,
            occasions.Keys.ToArray(),
            reasons.AsReadOnly()
        );
    }

    private CohortProvision Cohort(
        ProviderAccessPhase phase,
        AcademicYear firstYear,
        int[] members,
        LearnerProviderAccess[] results,
        ActivityRecord record,
        List<int>[] participants,
        LocalDate asAt
    )
    {
        var activities = record.Activities;
        var firstGroup = ProviderAccessPolicy.FirstYearGroup(phase);
        var start = firstYear.Start;
        var end = new LocalDate(firstYear.PlusYears(1).EndYear, 2, 28);
        var inCohort = new HashSet<int>(members);
        var reasons = new List<string>();
        var occasions = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (var a = 0; a < activities.Count; a++)
        {
            var activity = activities[a];
            if (activity.Date < start || activity.Date > end || activity.Date > asAt)
            {
                continue;
            }

            // Given to the cohort: offered to the year group it was in that day, or attended by one of its pupils.
            var yearGroup = YearGroup.FromNumber(
                firstGroup.Number + (activity.Date < firstYear.PlusYears(1).Start ? 0 : 1)
            );
            var evidence = activity.Evidence;
            var given = activity.OfferedTo.Contains(yearGroup);
            foreach (var p in participants[a] ?? [])
            {
                if (inCohort.Contains(record.LearnerIndexOf(p)))
                {
                    given = true;
                    evidence |= record.Participations[p].Evidence;
                }
            }

            if (!given)
            {
                continue;
            }

            var why = WhyNot(activity, evidence);
            if (why is null)
            {
                occasions[activity.Id] = ProviderSet(activity);
            }
            else
            {
                reasons.Add(NotCounted(activity, why));
            }
        }

        var met = Enough(
            phase,
            occasions.Values,
            start,
            end,
            ("qualifying occasion given", "qualifying occasions given"),
            reasons
        );
        var status =
            met ? DutyStatus.Met
            : asAt < start ? DutyStatus.NotYetOpen
            : asAt <= end ? DutyStatus.InProgress
            : DutyStatus.NotMet;
        string[] Having(PhaseStatus s) =>
            members
                .Where(l => results[l].Phase(phase).Status == s)
                .Select(l => results[l].Learner.Id)
                .ToArray();
        return new CohortProvision(
            phase,
            firstYear,
            start,
            end,
            status,
            occasions.Keys.ToArray(),
            members.Select(l => results[l].Learner.Id).ToArray(),
            Having(PhaseStatus.Missed),
            Having(PhaseStatus.InProgress),
            Having(PhaseStatus.NotAttended),
            reasons.AsReadOnly()
        );
    }

    // Enough occasions, and in phases one and two not exactly the same provider or providers on each: s.42B(2A)(a)
    // applies that rule to the first and second key phases only. Says what is missing at the front of the reasons.
    private bool Enough(
        ProviderAccessPhase phase,
        ICollection<string> providerSets,
        LocalDate start,
        LocalDate end,
        (string One, string Many) noun,
        List<string> reasons
    )
    {
        var count = providerSets.Count;
        var counted = $"{count} {(count == 1 ? noun.One : noun.Many)}";
        if (count < Policy.EncountersPerPhase)
        {
            reasons.Insert(
                0,
                $"{counted} of the {Policy.EncountersPerPhase} needed between {start:yyyy-MM-dd} and {end:yyyy-MM-dd}."
            );
            return false;
        }

        if (
            ProviderAccessPolicy.IsMandatoryForPupils(phase)
            && Policy.EncountersPerPhase >= 2
            && providerSets.Distinct(StringComparer.Ordinal).Count() < 2
        )
        {
            reasons.Insert(
                0,
                $"{counted}, all with the same provider or providers ({providerSets.First()}); in the first and second key phases a pupil must not meet exactly the same ones each time."
            );
            return false;
        }

        return true;
    }

    private static string NotCounted(CareersActivity activity, string why) =>
        $"{activity.Id} ({activity.Date:yyyy-MM-dd}) does not count: {why}.";

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

        if (Policy.MinimumDuration is { } minimum)
        {
            if (activity.Duration is not { } duration)
            {
                return "no duration recorded, and the policy sets a minimum";
            }

            if (duration < minimum)
            {
                return $"shorter than the policy's minimum of {minimum.TotalMinutes:0} minutes";
            }
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
}
