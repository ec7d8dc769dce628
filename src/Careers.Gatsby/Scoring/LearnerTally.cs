using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Careers.Gatsby;

/// <summary>
/// One pass over the activity record: for each learner, the meaningful activities that count towards each requirement, up
/// to the as-at date. Arrays indexed by learner keep the pass allocation-light for areas of tens of thousands of
/// learners and hundreds of thousands of participations.
/// </summary>
internal sealed class LearnerTally
{
    private readonly ActivityRecord record;
    private readonly BenchmarkRecords benchmarkRecords;
    private readonly GatsbyPolicy policy;
    private readonly AcademicYear currentYear;
    private readonly YearGroup? firstYearGroup;
    private readonly YearGroup[] yearGroups;
    private readonly int[] employerThisYear;
    private readonly int[] employerThroughCurriculum;
    private readonly int[] workplace;
    private readonly int[] providerGroups;
    private readonly int[] higherEducationVisits;
    private readonly int[] guidance;
    private readonly int[] qualifiedGuidance;
    private readonly bool[] consideringHigherEducation;
    private readonly bool[] adviceRecord;

    private LearnerTally(
        GatsbyFramework framework,
        GatsbyPolicy policy,
        ActivityRecord record,
        BenchmarkRecords benchmarkRecords,
        AcademicYear currentYear,
        YearGroup[] yearGroups
    )
    {
        this.record = record;
        this.benchmarkRecords = benchmarkRecords;
        this.policy = policy;
        this.currentYear = currentYear;

        // Schools: "every year, from the age of 11" — the benchmarks start in Year 7. Colleges: every learner on roll.
        firstYearGroup = framework.Audience == GatsbyAudience.Schools ? YearGroup.Year7 : null;
        var count = record.Learners.Count;
        this.yearGroups = yearGroups;
        employerThisYear = new int[count];
        employerThroughCurriculum = new int[count];
        workplace = new int[count];
        providerGroups = new int[count];
        higherEducationVisits = new int[count];
        guidance = new int[count];
        qualifiedGuidance = new int[count];
        consideringHigherEducation = new bool[count];
        adviceRecord = new bool[count];
    }

    public static LearnerTally Build(
        GatsbyFramework framework,
        GatsbyPolicy policy,
        ActivityRecord record,
        BenchmarkRecords benchmarkRecords,
        LocalDate asAt,
        List<ValidationError> problems
    )
    {
        // Learners are placed in the academic year of the as-at date; outside the supported range none is placed (the
        // problem is reported) and the rest of the records are still checked.
        var year = default(AcademicYear);
        var yearGroups = new YearGroup[record.Learners.Count];
        if (SupportedDates.CheckAsAt(asAt, problems))
        {
            year = AcademicYear.ForDate(asAt);
            var placed = record.YearGroupsIn(year);
            if (placed.Success)
            {
                for (var i = 0; i < yearGroups.Length; i++)
                {
                    yearGroups[i] = placed.Result[i];
                }
            }
            else
            {
                problems.AddRange(placed.Problems);
            }
        }

        var tally = new LearnerTally(framework, policy, record, benchmarkRecords, year, yearGroups);
        if (policy.FutureActivities == FutureActivityHandling.Reject)
        {
            RejectFutureActivities(record, asAt, problems);
        }

        tally.MarkLearners(
            record,
            benchmarkRecords.ConsideringHigherEducation,
            tally.consideringHigherEducation,
            "/consideringHigherEducation",
            problems
        );
        tally.MarkLearners(
            record,
            benchmarkRecords.AdviceRecords,
            tally.adviceRecord,
            "/adviceRecords",
            problems
        );
        tally.Count(framework.Meaningful, asAt);
        return tally;
    }

    public IReadOnlyList<CoverageGroup> Coverage(
        LearnerRequirement requirement,
        int minimum,
        string need
    )
    {
        if (requirement.Kind == RequirementKind.DestinationRecords)
        {
            return DestinationCoverage(minimum, need);
        }

        var deadline =
            requirement.DeadlineAge is { } age ? policy.AgeMilestones.YearGroupEndingAtAge(age)
            : requirement.ByEndOfProgramme ? policy.CollegeProgrammeFinalYearGroup
            : (YearGroup?)null;
        var requiredGroups = requirement.ProviderGroups.Aggregate(
            0,
            (mask, g) => mask | (1 << (int)g)
        );

        // Year groups are 0–13: arrays indexed by number keep this loop free of dictionary work.
        var inScope = new int[YearGroup.MaxNumber + 1];
        var lacking = new List<string>?[YearGroup.MaxNumber + 1];
        for (var i = 0; i < yearGroups.Length; i++)
        {
            var yearGroup = yearGroups[i];
            if (
                (firstYearGroup is { } first && yearGroup < first)
                || (deadline is { } last && yearGroup > last)
                || (
                    requirement.OnlyLearnersConsideringHigherEducation
                    && !consideringHigherEducation[i]
                )
            )
            {
                continue;
            }

            var number = yearGroup.Number;
            inScope[number]++;
            var list = lacking[number] ??= [];
            if (!Meets(requirement, minimum, requiredGroups, i))
            {
                list.Add(record.Learners[i].Id);
            }
        }

        var groups = new List<CoverageGroup>();
        for (var number = 0; number <= YearGroup.MaxNumber; number++)
        {
            if (inScope[number] > 0)
            {
                var yearGroup = YearGroup.FromNumber(number);
                groups.Add(
                    new CoverageGroup(
                        yearGroup.ToString(),
                        yearGroup,
                        deadline is not { } d || yearGroup == d,
                        inScope[number],
                        lacking[number]!.AsReadOnly(),
                        need
                    )
                );
            }
        }

        return groups.AsReadOnly();
    }

    private bool Meets(LearnerRequirement requirement, int minimum, int requiredGroups, int i) =>
        requirement.Kind switch
        {
            RequirementKind.EmployerEncountersEveryYear => employerThisYear[i] >= minimum
                && employerThroughCurriculum[i] >= requirement.MinimumThroughCurriculumArea,
            RequirementKind.WorkplaceExperiences => workplace[i] >= minimum,
            RequirementKind.ProviderEncounters => BitCount(providerGroups[i] & requiredGroups)
                >= minimum,
            RequirementKind.HigherEducationVisits => higherEducationVisits[i] >= minimum,
            RequirementKind.GuidanceMeetings => (
                requirement.RequiresQualifiedAdviser ? qualifiedGuidance[i] : guidance[i]
            ) >= minimum,
            _ => adviceRecord[i],
        };

    private CoverageGroup[] DestinationCoverage(int minimum, string need)
    {
        // "…for at least three years after they leave": leavers of the last three years are in scope, each needing a
        // destination for every year since leaving, up to the minimum.
        return benchmarkRecords
            .Leavers.Select(l =>
                (Leaver: l, Years: currentYear.StartYear - l.LeftAtEndOf.StartYear)
            )
            .Where(x => x.Years >= 1 && x.Years <= minimum)
            .GroupBy(x => x.Leaver.LeftAtEndOf)
            .OrderByDescending(g => g.Key)
            .Select(g => new CoverageGroup(
                "Left at the end of " + g.Key,
                null,
                true,
                g.Count(),
                g.Where(x => x.Leaver.YearsRecorded < x.Years)
                    .Select(x => x.Leaver.LearnerId)
                    .ToList()
                    .AsReadOnly(),
                need
            ))
            .ToArray();
    }

    private static void RejectFutureActivities(
        ActivityRecord record,
        LocalDate asAt,
        List<ValidationError> problems
    )
    {
        for (var i = 0; i < record.Activities.Count; i++)
        {
            var activity = record.Activities[i];
            if (activity.Date > asAt)
            {
                problems.Add(
                    new ValidationError(
                        "activity.after-as-at",
                        JsonPointer.Append("/activities", i),
                        $"Activity '{activity.Id}' is dated {activity.Date:yyyy-MM-dd}, after the as-at date {asAt:yyyy-MM-dd}; remove it or score as at a later date."
                    )
                );
            }
        }
    }

    private void MarkLearners(
        ActivityRecord record,
        IReadOnlyCollection<string> ids,
        bool[] marks,
        string path,
        List<ValidationError> problems
    )
    {
        var position = 0;
        foreach (var id in ids)
        {
            var i = record.IndexOfLearner(id);
            if (i >= 0)
            {
                marks[i] = true;
            }
            else
            {
                problems.Add(
                    new ValidationError(
                        "evidence.unknown-learner",
                        JsonPointer.Append(path, position),
                        $"No learner has the id '{id}'."
                    )
                );
            }

            position++;
        }
    }

    private void Count(MeaningfulDefinition meaningful, LocalDate asAt)
    {
        var activities = record.Activities;
        var kinds = new ActivityUse[activities.Count];
        for (var a = 0; a < activities.Count; a++)
        {
            kinds[a] = ActivityUse.Of(activities[a], policy, asAt, currentYear);
        }

        // Participations grouped by learner (a counting sort), then by activity within each learner: the same learner
        // in the same activity twice is one encounter, with the evidence of both records. Sorting rather than hashing
        // keeps the pass cheap and the result independent of the order of the records.
        var participations = record.Participations;
        var learnerOf = new int[participations.Count];
        var starts = new int[yearGroups.Length + 1];
        for (var p = 0; p < participations.Count; p++)
        {
            var (l, a) = (record.LearnerIndexOf(p), record.ActivityIndexOf(p));
            var counts = kinds[a].Counts;
            learnerOf[p] = counts ? l : -1;
            if (counts)
            {
                starts[l + 1]++;
            }
        }

        for (var l = 0; l < yearGroups.Length; l++)
        {
            starts[l + 1] += starts[l];
        }

        var total = starts[yearGroups.Length];
        var sortedActivities = new int[total];
        var sortedEvidence = new int[total];
        var next = (int[])starts.Clone();
        for (var p = 0; p < participations.Count; p++)
        {
            if (learnerOf[p] >= 0)
            {
                var slot = next[learnerOf[p]]++;
                sortedActivities[slot] = record.ActivityIndexOf(p);
                sortedEvidence[slot] = (int)participations[p].Evidence;
            }
        }

        for (var l = 0; l < yearGroups.Length; l++)
        {
            var from = starts[l];
            var to = starts[l + 1];
            Array.Sort(sortedActivities, sortedEvidence, from, to - from);
            for (var i = from; i < to; i++)
            {
                var a = sortedActivities[i];
                var own = (MeaningfulEvidence)sortedEvidence[i];
                while (i + 1 < to && sortedActivities[i + 1] == a)
                {
                    own |= (MeaningfulEvidence)sortedEvidence[++i];
                }

                Tally(meaningful, l, kinds[a], activities[a].Evidence | own);
            }
        }
    }

    private void Tally(
        MeaningfulDefinition meaningful,
        int l,
        ActivityUse use,
        MeaningfulEvidence evidenceFlags
    )
    {
        // A workplace experience meaningful by the stricter Benchmark 6 test is a meaningful employer encounter too.
        var meaningfulEncounter =
            meaningful.IsMeaningful(ActivityCategory.EmployerEncounter, evidenceFlags)
            || (
                use.Workplace
                && meaningful.IsMeaningful(ActivityCategory.WorkplaceExperience, evidenceFlags)
            );
        if (use.EmployerEncounterThisYear && meaningfulEncounter)
        {
            employerThisYear[l]++;
            if (use.ThroughCurriculumArea)
            {
                employerThroughCurriculum[l]++;
            }
        }

        if (
            use.Workplace
            && meaningful.IsMeaningful(ActivityCategory.WorkplaceExperience, evidenceFlags)
        )
        {
            workplace[l]++;
        }

        if (
            use.ProviderGroups != 0
            && meaningful.IsMeaningful(ActivityCategory.ProviderEncounter, evidenceFlags)
        )
        {
            providerGroups[l] |= use.ProviderGroups;
            if (use.HigherEducationVisit)
            {
                higherEducationVisits[l]++;
            }
        }

        if (use.Guidance)
        {
            guidance[l]++;
            if (use.QualifiedAdviser)
            {
                qualifiedGuidance[l]++;
            }
        }
    }

    private static int BitCount(int value)
    {
        var count = 0;
        for (; value != 0; value &= value - 1)
        {
            count++;
        }

        return count;
    }

    /// <summary>What one activity can count towards, worked out once rather than for every participant.</summary>
    private readonly struct ActivityUse
    {
        public bool Counts { get; init; }

        public bool EmployerEncounterThisYear { get; init; }

        public bool ThroughCurriculumArea { get; init; }

        public bool Workplace { get; init; }

        public int ProviderGroups { get; init; }

        public bool HigherEducationVisit { get; init; }

        public bool Guidance { get; init; }

        /// <summary>A guidance meeting with an adviser qualified to the policy's minimum level, for criteria that ask for one.</summary>
        public bool QualifiedAdviser { get; init; }

        public static ActivityUse Of(
            CareersActivity activity,
            GatsbyPolicy policy,
            LocalDate asAt,
            AcademicYear currentYear
        )
        {
            if (activity.Date > asAt)
            {
                return default;
            }

            var category = activity.Kind.Category();
            var employer =
                category == ActivityCategory.EmployerEncounter
                || (
                    category == ActivityCategory.WorkplaceExperience
                    && policy.WorkplaceExperiencesCountAsEmployerEncounters
                )
                || (
                    category == ActivityCategory.PartTimeWork
                    && policy.PartTimeWorkCountsAsEmployerEncounter
                );
            return new ActivityUse
            {
                Counts = true,
                EmployerEncounterThisYear = employer && currentYear.Contains(activity.Date),
                ThroughCurriculumArea = activity.CurriculumArea is not null,
                Workplace = category == ActivityCategory.WorkplaceExperience,
                ProviderGroups =
                    category == ActivityCategory.ProviderEncounter ? GroupsOf(activity) : 0,
                HigherEducationVisit = activity.Kind == ActivityKind.HigherEducationVisit,
                Guidance = activity.Kind == ActivityKind.GuidanceMeeting,
                QualifiedAdviser =
                    activity.Kind == ActivityKind.GuidanceMeeting
                    && activity.AdviserQualificationLevel
                        >= policy.MinimumAdviserQualificationLevel,
            };
        }

        private static int GroupsOf(CareersActivity activity)
        {
            var mask =
                activity.Kind == ActivityKind.HigherEducationVisit
                    ? 1 << (int)ProviderGroup.HigherEducation
                    : 0;
            foreach (var organisation in activity.Organisations)
            {
                mask |= organisation.Type switch
                {
                    OrganisationType.SchoolSixthForm or OrganisationType.SixthFormCollege => 1
                        << (int)ProviderGroup.SixthForm,
                    OrganisationType.FurtherEducationCollege => 1
                        << (int)ProviderGroup.FurtherEducationCollege,
                    OrganisationType.HigherEducationProvider => 1
                        << (int)ProviderGroup.HigherEducation,
                    OrganisationType.IndependentTrainingProvider => 1
                        << (int)ProviderGroup.ApprenticeshipProvider,
                    _ => 0,
                };

                // Any organisation offering apprenticeships (an employer-provider, a college) is an apprenticeship provider too.
                if (organisation.OffersApprovedTechnicalEducationOrApprenticeships)
                {
                    mask |= 1 << (int)ProviderGroup.ApprenticeshipProvider;
                }
            }

            return mask;
        }
    }
}
