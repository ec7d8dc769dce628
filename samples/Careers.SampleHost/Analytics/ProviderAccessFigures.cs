using System;
using System.Collections.Generic;
using System.Linq;
using Careers.Encounters;
using Careers.SampleHost.Data;
using NodaTime;

namespace Careers.SampleHost.Analytics;

/// <summary>
/// Provider access (Education Act 1997 s.42B) for every institution of the area at once, for the dashboard: each
/// school judged by <see cref="ProviderAccessEvaluator"/> exactly as <c>GET /institutions/{id}/provider-access</c>
/// judges it (the pupils on roll in the academic year of the date, what they took part in wherever it was put on, and
/// what the school offered to a whole year group), as at the date. An institution whose records cannot be evaluated
/// answers its problems; a college or independent school answers "not in scope". Computed once per data version and date by
/// <see cref="AreaFiguresAsAt"/>.
/// </summary>
internal static class ProviderAccessFigures
{
    /// <summary>
    /// The provider access result of each of some institutions as at a date, by institution id, from records held in
    /// memory: the area's (<see cref="AreaAnalytics.AreaData.Records"/>), or one institution's own
    /// (<see cref="AreaAnalytics.Records.Of"/>), as <c>GET /institutions/{id}/provider-access</c> reads them.
    /// </summary>
    public static IReadOnlyDictionary<string, Evaluation<ProviderAccessResult>> Of(
        IEnumerable<InstitutionRow> institutions,
        AreaAnalytics.Records records,
        LocalDate asAt
    )
    {
        var year = AcademicYear.ForDate(asAt);
        var learners = records
            .Learners.Select(Mapping.ToLearner)
            .Where(l => l.YearGroupIn(year) is not null)
            .ToList();
        var activities = records.Activities.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var byLearner = records.Participations.ToLookup(p => p.LearnerId, StringComparer.Ordinal);
        var offered = records
            .Activities.Where(a => a.OfferedTo != null)
            .ToLookup(a => a.InstitutionId, StringComparer.Ordinal);
        var roll = learners.ToLookup(l => l.InstitutionId ?? "", StringComparer.Ordinal);
        var results = new Dictionary<string, Evaluation<ProviderAccessResult>>(
            StringComparer.Ordinal
        );
        foreach (var institution in institutions)
        {
            var pupils = roll[institution.Id].ToList();
            var taken = pupils.SelectMany(l => byLearner[l.Id]).ToList();
            var own = offered[institution.Id].ToList();
            var held = own.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            var elsewhere = taken
                .Select(p => p.ActivityId)
                .Distinct(StringComparer.Ordinal)
                .Where(id => !held.Contains(id) && activities.ContainsKey(id))
                .Select(id => activities[id]);
            var record = ActivityRecord.Create(
                pupils,
                own.Concat(elsewhere).Select(Mapping.ToActivity),
                taken.Select(Mapping.ToParticipation)
            );
            var school = new Institution(
                institution.Id,
                institution.Name,
                (InstitutionType)institution.Type
            );
            results[institution.Id] = record.Success
                ? ProviderAccessEvaluator.Default.Evaluate(school, record.Result, asAt)
                : Evaluation<ProviderAccessResult>.Of(record.Problems);
        }

        return results;
    }
}
