using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;

namespace Careers.Gatsby.Tests;

/// <summary>Builds a school's activity record and benchmark records in a few readable lines for the tests.</summary>
internal sealed class Scenario
{
    public static readonly LocalDate AsAt = new(2025, 3, 1);
    public static readonly AcademicYear ThisYear = AcademicYear.ForDate(AsAt);

    public const MeaningfulEvidence Employer2014 =
        MeaningfulEvidence.LearningOutcomes
        | MeaningfulEvidence.TwoWayInteraction
        | MeaningfulEvidence.ActiveParticipation;

    public const MeaningfulEvidence Workplace2014 =
        Employer2014
        | MeaningfulEvidence.ExtensiveTwoWayInteraction
        | MeaningfulEvidence.MetRangeOfPeople
        | MeaningfulEvidence.TaskSetByEmployer
        | MeaningfulEvidence.EmployerFeedback;

    public const MeaningfulEvidence Provider2014 =
        MeaningfulEvidence.MetStaffAndStudents | MeaningfulEvidence.LearningEnvironment;

    public const MeaningfulEvidence Everything = (MeaningfulEvidence)((1 << 12) - 1);

    private readonly List<Learner> learners = [];
    private readonly List<CareersActivity> activities = [];
    private readonly List<Participation> participations = [];

    public List<string> ConsideringHigherEducation { get; } = [];

    public List<string> AdviceRecords { get; } = [];

    public List<LeaverDestinations> Leavers { get; } = [];

    public Learner Learner(string id, YearGroup yearGroup, LocalDate? dateOfBirth = null)
    {
        var learner = new Learner(
            id,
            dateOfBirth ?? new LocalDate(ThisYear.StartYear - yearGroup.AcademicAge, 1, 15),
            yearGroup,
            ThisYear
        );
        learners.Add(learner);
        return learner;
    }

    public IEnumerable<Learner> Learners(string prefix, YearGroup yearGroup, int count) =>
        Enumerable
            .Range(1, count)
            .Select(i => Learner(prefix + i.ToString(CultureInfo.InvariantCulture), yearGroup))
            .ToList();

    public CareersActivity Activity(
        ActivityKind kind,
        LocalDate date,
        MeaningfulEvidence evidence = Everything,
        params ActivityOrganisation[] organisations
    ) =>
        Add(
            new CareersActivity(
                "A" + (activities.Count + 1).ToString(CultureInfo.InvariantCulture),
                kind,
                date
            )
            {
                Evidence = evidence,
                Organisations = organisations,
            }
        );

    public CareersActivity Add(CareersActivity activity)
    {
        activities.Add(activity);
        return activity;
    }

    public void Attend(CareersActivity activity, params IEnumerable<Learner> who)
    {
        foreach (var learner in who)
        {
            participations.Add(new Participation(activity.Id, learner.Id));
        }
    }

    public void Add(Participation participation) => participations.Add(participation);

    public Learner Add(Learner learner)
    {
        learners.Add(learner);
        return learner;
    }

    /// <summary>The learners, activities and participations, which the test expects to be a valid record.</summary>
    public ActivityRecord Record() =>
        ActivityRecord.Create(learners, activities, participations).GetResultOrThrow();

    public BenchmarkRecords Benchmarks() =>
        new()
        {
            ConsideringHigherEducation = ConsideringHigherEducation,
            AdviceRecords = AdviceRecords,
            Leavers = Leavers,
        };

    public GatsbyResult Assess(
        GatsbyFramework framework,
        GatsbyPolicy? policy = null,
        LocalDate? asAt = null
    ) =>
        new GatsbyEvaluator(policy ?? GatsbyPolicy.Default)
            .Assess(framework, new Dictionary<string, bool>(), Record(), Benchmarks(), asAt ?? AsAt)
            .GetResultOrThrow();

    public static CriterionResult Criterion(GatsbyResult result, string id) =>
        result.Benchmarks.SelectMany(b => b.Criteria).Single(c => c.Criterion.Id == id);

    public static ActivityOrganisation Provider(string id, OrganisationType type) =>
        new(id, id, type);
}
