using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace Careers.Encounters.Tests;

/// <summary>A few learners and activities, built in readable lines.</summary>
internal sealed class World
{
    public static readonly LocalDate AsAt = new(2025, 3, 1);
    public static readonly AcademicYear ThisYear = AcademicYear.ForDate(AsAt);

    public const MeaningfulEvidence Meaningful =
        MeaningfulEvidence.LearningOutcomes
        | MeaningfulEvidence.TwoWayInteraction
        | MeaningfulEvidence.ActiveParticipation;

    public const MeaningfulEvidence ProviderContent =
        MeaningfulEvidence.ProviderInformation
        | MeaningfulEvidence.LearningEnvironment
        | MeaningfulEvidence.TwoWayInteraction;

    public List<Learner> Learners { get; } = [];

    public List<CareersActivity> Activities { get; } = [];

    public List<Participation> Participations { get; } = [];

    public Learner Learner(
        string id,
        YearGroup yearGroup,
        string? institution = "school-a",
        LearnerCharacteristics? characteristics = null
    )
    {
        var learner = new Learner(
            id,
            new LocalDate(ThisYear.StartYear - yearGroup.AcademicAge, 1, 15),
            yearGroup,
            ThisYear
        )
        {
            InstitutionId = institution,
            Characteristics = characteristics ?? LearnerCharacteristics.None,
        };
        Learners.Add(learner);
        return learner;
    }

    public CareersActivity Activity(
        ActivityKind kind,
        LocalDate date,
        MeaningfulEvidence evidence = Meaningful,
        params ActivityOrganisation[] organisations
    )
    {
        var activity = new CareersActivity(
            "A" + (Activities.Count + 1).ToString(CultureInfo.InvariantCulture),
            kind,
            date
        )
        {
            Evidence = evidence,
            Organisations = organisations,
            DuringSchoolDay = true,
        };
        Activities.Add(activity);
        return activity;
    }

    public CareersActivity Add(CareersActivity activity)
    {
        Activities.Add(activity);
        return activity;
    }

    public void Attend(CareersActivity activity, params Learner[] learners)
    {
        foreach (var learner in learners)
        {
            Participations.Add(new Participation(activity.Id, learner.Id));
        }
    }

    /// <summary>The learners, activities and participations, which the test expects to be a valid record.</summary>
    public ActivityRecord Record() =>
        ActivityRecord.Create(Learners, Activities, Participations).GetResultOrThrow();

    public EntitlementResult Evaluate(EncounterPolicy? policy = null, LocalDate? asAt = null) =>
        new EntitlementEvaluator(policy ?? EncounterPolicy.DerbyOpportunityArea)
            .Evaluate(Record(), asAt ?? AsAt)
            .GetResultOrThrow();

    public LearnerEntitlement For(
        string learnerId,
        EncounterPolicy? policy = null,
        LocalDate? asAt = null
    ) => Evaluate(policy, asAt).Learners.Single(l => l.Learner.Id == learnerId);

    public static ActivityOrganisation Employer(string id) =>
        new(id, id, OrganisationType.Employer);

    public static ActivityOrganisation Provider(
        string id,
        OrganisationType type = OrganisationType.FurtherEducationCollege
    ) => new(id, id, type) { OffersApprovedTechnicalEducationOrApprenticeships = true };
}

internal static class Extensions
{
    public static T Single<T>(this IEnumerable<T> items, System.Func<T, bool> predicate) =>
        System.Linq.Enumerable.Single(items, predicate);
}
