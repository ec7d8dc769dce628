using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Careers.CareersLog;

/// <summary>
/// Turns the encounters in careers logs into careers activities and participation, so that the entitlement, Provider
/// Access and Gatsby evaluations read the log without anyone keying it again. Employer encounters, workplace
/// experiences, provider encounters, guidance meetings and career-related learning sessions become activities; the
/// learner's meaningful-encounter evidence goes on their participation. An entry that names the school's
/// <c>activityId</c> joins that activity; any other becomes an activity of its own, <c>log:{learner}:{entry}</c>.
/// A provider encounter (not a higher education visit) is taken to be with a provider of approved technical education
/// or apprenticeships, as the schema defines it.
/// </summary>
public static class CareersLogActivities
{
    /// <summary>The activities and participation of one learner's log.</summary>
    /// <param name="learnerId">The learner's id in the evaluation (the <see cref="Learner.Id"/>).</param>
    /// <param name="log">The log.</param>
    /// <returns>The records, or a problem when entries name one activity with a different kind or date.</returns>
    public static Evaluation<LogActivityRecords> From(string learnerId, CareersLogDocument log) =>
        From([(learnerId, log)]);

    /// <summary>The activities and participation of many learners' logs, each activity once.</summary>
    /// <param name="logs">Each learner's id in the evaluation and their log.</param>
    /// <returns>The records, or a problem for each activity id named with different kinds or dates.</returns>
    public static Evaluation<LogActivityRecords> From(
        IEnumerable<(string LearnerId, CareersLogDocument Log)> logs
    )
    {
        Guard.NotNull(logs, nameof(logs));
        var activities = new Dictionary<string, CareersActivity>(StringComparer.Ordinal);
        var order = new List<CareersActivity>();
        var participations = new List<Participation>();
        var problems = new List<ValidationError>();
        foreach (var (learnerId, log) in logs)
        {
            Guard.NotEmpty(learnerId, nameof(learnerId));
            Guard.NotNull(log, nameof(log));
            var index = 0;
            foreach (var entry in log.Entries)
            {
                if (ToActivity(learnerId, entry) is { } found)
                {
                    var (activity, evidence) = found;
                    if (!activities.TryGetValue(activity.Id, out var existing))
                    {
                        activities[activity.Id] = activity;
                        order.Add(activity);
                    }
                    else if (existing.Kind != activity.Kind || existing.Date != activity.Date)
                    {
                        problems.Add(
                            new ValidationError(
                                "log.activity-mismatch",
                                $"/entries/{index}/activityId",
                                $"Learner '{learnerId}': activity '{activity.Id}' is a {activity.Kind} on {activity.Date:yyyy-MM-dd} here and a {existing.Kind} on {existing.Date:yyyy-MM-dd} elsewhere."
                            )
                        );
                    }

                    participations.Add(
                        new Participation(activity.Id, learnerId) { Evidence = evidence }
                    );
                }

                index++;
            }
        }

        return problems.Count > 0
            ? Evaluation<LogActivityRecords>.Of(problems)
            : Evaluation<LogActivityRecords>.Of(new LogActivityRecords(order, participations));
    }

    private static (CareersActivity Activity, MeaningfulEvidence Evidence)? ToActivity(
        string learnerId,
        LogEntry entry
    )
    {
        string Id(string? activityId) => activityId ?? $"log:{learnerId}:{entry.Id}";
        return entry switch
        {
            EmployerEncounterEntry e => (
                new CareersActivity(Id(e.ActivityId), e.Kind, e.Date)
                {
                    Organisations = [.. e.Employers.Select(Employer)],
                    Duration = e.DurationMinutes is { } minutes
                        ? Duration.FromMinutes(minutes)
                        : null,
                },
                e.Meaningful
            ),
            WorkplaceExperienceEntry e => (
                new CareersActivity(Id(e.ActivityId), e.Kind, e.Date)
                {
                    Organisations = [Employer(e.Employer)],
                },
                e.Meaningful
            ),
            ProviderEncounterEntry e => (
                new CareersActivity(Id(e.ActivityId), e.Kind, e.Date)
                {
                    DuringSchoolDay = e.DuringSchoolDay,
                    Organisations = [Provider(e)],
                },
                e.Meaningful
            ),
            GuidanceMeetingEntry e => (
                new CareersActivity(Id(e.ActivityId), ActivityKind.GuidanceMeeting, e.Date)
                {
                    AdviserQualificationLevel = e.Adviser.QualificationLevel,
                },
                MeaningfulEvidence.None
            ),
            CareerRelatedLearningEntry e => (
                new CareersActivity(Id(null), ActivityKind.CareerRelatedLearningSession, e.Date)
                {
                    Organisations = [.. e.Employers.Select(Employer)],
                    Duration = e.DurationMinutes is { } minutes
                        ? Duration.FromMinutes(minutes)
                        : null,
                },
                MeaningfulEvidence.None
            ),
            _ => null,
        };
    }

    // Organisations in a log are known by name only; the name, upper-cased, identifies them.
    private static ActivityOrganisation Employer(string name) =>
        new("name:" + name.Trim().ToUpperInvariant(), name, OrganisationType.Employer);

    private static ActivityOrganisation Provider(ProviderEncounterEntry entry) =>
        new(
            entry.Provider.Ukprn is { } ukprn
                ? "ukprn:" + ukprn
                : "name:" + entry.Provider.Name.Trim().ToUpperInvariant(),
            entry.Provider.Name,
            entry.Kind == ActivityKind.HigherEducationVisit
                ? OrganisationType.HigherEducationProvider
                : OrganisationType.Other
        )
        {
            Ukprn = entry.Provider.Ukprn,
            OffersApprovedTechnicalEducationOrApprenticeships =
                entry.Kind == ActivityKind.ProviderEncounter,
        };
}
