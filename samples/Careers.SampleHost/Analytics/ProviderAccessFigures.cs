using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Careers.Encounters;
using Careers.SampleHost.Data;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Careers.SampleHost.Analytics;

/// <summary>
/// Provider access (Education Act 1997 s.42B) for every institution of the area at once, for the dashboard: each
/// school judged by <see cref="ProviderAccessEvaluator"/> exactly as <c>GET /institutions/{id}/provider-access</c>
/// judges it (the pupils on roll in the academic year of the date, what they took part in wherever it was put on, and
/// what the school offered to a whole year group), as at the date. An institution whose records cannot be evaluated
/// answers its problems; a college or independent school answers "not in scope".
/// </summary>
internal static class ProviderAccessFigures
{
    /// <summary>
    /// Every institution's provider access result as at a date, by institution id; or only one institution's, read
    /// from its own records alone, when <paramref name="institutionId"/> is given.
    /// </summary>
    public static async Task<
        IReadOnlyDictionary<string, Evaluation<ProviderAccessResult>>
    > AreaAsync(
        CareersDbContext db,
        LocalDate asAt,
        CancellationToken ct,
        string? institutionId = null
    )
    {
        var year = AcademicYear.ForDate(asAt);
        var institutionRows = db.Institutions.AsNoTracking();
        var learnerRows = db.Learners.AsNoTracking();
        var participationRows = db.Participations.AsNoTracking();
        var activityRows = db.Activities.AsNoTracking();
        if (institutionId is not null)
        {
            // The school's pupils, what they took part in wherever it was, and what the school offered.
            institutionRows = institutionRows.Where(i => i.Id == institutionId);
            learnerRows = learnerRows.Where(l => l.InstitutionId == institutionId);
            var there = db.Learners.Where(l => l.InstitutionId == institutionId);
            participationRows = participationRows.Where(p => there.Any(l => l.Id == p.LearnerId));
            var taken = participationRows;
            activityRows = activityRows.Where(a =>
                a.InstitutionId == institutionId || taken.Any(p => p.ActivityId == a.Id)
            );
        }

        var institutions = await institutionRows.OrderBy(i => i.Id).ToListAsync(ct);
        var learners = (await learnerRows.OrderBy(l => l.Id).ToListAsync(ct))
            .Select(Mapping.ToLearner)
            .Where(l => l.YearGroupIn(year) is not null)
            .ToList();
        var participations = await participationRows.ToListAsync(ct);
        var activities = (await activityRows.ToListAsync(ct)).ToDictionary(
            a => a.Id,
            StringComparer.Ordinal
        );
        var byLearner = participations.ToLookup(p => p.LearnerId, StringComparer.Ordinal);
        var offered = activities
            .Values.Where(a => a.OfferedTo != null)
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
