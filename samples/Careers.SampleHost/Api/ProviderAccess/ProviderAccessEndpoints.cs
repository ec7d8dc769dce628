using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Claims;
using System.Threading;
using System.Threading.Tasks;
using Careers.Encounters;
using Careers.SampleHost.Data;
using Careers.SampleHost.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Careers.SampleHost.Api;

/// <summary>
/// Provider access compliance for one institution: the Provider Access Legislation (Education Act 1997 s.42B, as
/// amended by the Skills and Post-16 Education Act 2022; DfE statutory guidance, January 2023) as
/// <see cref="ProviderAccessEvaluator"/> applies it, per pupil and per cohort, with the policy statement checklist of
/// <see cref="ProviderAccessStatement"/>. A college answers "not in scope" (s.42B(2)).
/// </summary>
internal static class ProviderAccessEndpoints
{
    public static IEndpointRouteBuilder MapProviderAccessApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/institutions")
            .WithTags("Provider access")
            .MapGet("/{id}/provider-access", GetProviderAccess)
            .WithName("GetProviderAccess")
            .RequireAuthorization(Access.LearnerRecords)
            .WithSummary(
                "An institution's compliance with the Provider Access Legislation in an academic year: per pupil, per cohort and key phase, and its policy statement."
            )
            .Describe(
                "Each pupil on roll is judged in each key phase (Years 8–9, 10–11 and 12–13, each window ending on "
                    + "28 February of its second year): two encounters with providers of approved technical education "
                    + "or apprenticeships, during the school day, covering the provider, what learning there is like "
                    + "and answers to questions; in the first and second phases not with exactly the same providers "
                    + "both times. The school's duty is owed to each cohort in its own window: it is met when the "
                    + "cohort was given two such occasions (offered to its year group or attended by its pupils); in "
                    + "the third phase attendance is optional. Colleges and independent schools are not in scope. The "
                    + "answer is as at the end of the academic year, or the area's reference date when that comes first. "
                    + "The answer lists pupils, so the read is audited under the key's id.",
                "a school key, for its own institution only.",
                "`400` when `academicYear` is not written like 2024/25, or starts after the area's reference date (`query.academic-year`).",
                "`403` for an analyst or administrator key: they never read a learner record.",
                "`404` when there is no such institution or it is another school's: both are answered alike.",
                "`422` when the institution's stored records cannot be evaluated: every problem is listed."
            )
            .Produces<ProviderAccessDto>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    private static async Task<IResult> GetProviderAccess(
        string id,
        string? academicYear,
        ClaimsPrincipal user,
        CareersDbContext db,
        LearnerAudit audit,
        CancellationToken ct
    )
    {
        var referenceDate = await CareersDatabase.ReferenceDateAsync(db, ct);
        var year = AcademicYear.ForDate(referenceDate);
        if (!string.IsNullOrEmpty(academicYear))
        {
            if (!AcademicYear.TryParse(academicYear, out year))
            {
                return Problems.Invalid(
                    "The query is not valid.",
                    "query.academic-year",
                    "/query/academicYear",
                    "academicYear must be an academic year written 2024/25."
                );
            }

            if (year.Start > referenceDate)
            {
                return Problems.Invalid(
                    "The query is not valid.",
                    "query.academic-year",
                    "/query/academicYear",
                    $"academicYear {year} starts after the area's reference date, {Text.Date(referenceDate)}."
                );
            }
        }

        var institution = await db
            .Institutions.AsNoTracking()
            .SingleOrDefaultAsync(i => i.Id == id, ct);
        // The answer lists pupils: the school's own key only (another school's is answered as a missing one).
        if (institution is null || !user.MaySee(id))
        {
            return Problems.NotFound("The institution");
        }

        var asAt = year.End < referenceDate ? year.End : referenceDate;
        // The pupils on roll now, as they were in that year: a pupil not yet at school then is left out.
        var atInstitution = LearnerCohorts.Rows.AtInstitution(id);
        var learners = (
            await db
                .Learners.AsNoTracking()
                .WithSpecification(atInstitution)
                .OrderBy(l => l.Id)
                .ToListAsync(ct)
        )
            .Select(Mapping.ToLearner)
            .Where(l => l.YearGroupIn(year) is not null)
            .ToList();
        var onRoll = learners.Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        var there = db.Learners.WithSpecification(atInstitution);
        var participations = (
            await db
                .Participations.AsNoTracking()
                .Where(p => there.Any(l => l.Id == p.LearnerId))
                .ToListAsync(ct)
        )
            .Where(p => onRoll.Contains(p.LearnerId))
            .ToList();
        // The activities the pupils took part in, wherever they were put on (a pupil who moved keeps their record),
        // and those the school offered to a whole year group, whoever came.
        var activities = await db
            .Activities.AsNoTracking()
            .Where(a => a.InstitutionId == id && a.OfferedTo != null)
            .ToListAsync(ct);
        var loaded = activities.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var activityIds = participations
            .Select(p => p.ActivityId)
            .Distinct()
            .Where(a => !loaded.Contains(a))
            .ToList();
        foreach (var chunk in activityIds.Chunk(1000))
        {
            activities.AddRange(
                await db.Activities.AsNoTracking().Where(a => chunk.Contains(a.Id)).ToListAsync(ct)
            );
        }

        var school = new Institution(
            institution.Id,
            institution.Name,
            (InstitutionType)institution.Type
        );
        var record = ActivityRecord.Create(
            learners,
            activities.Select(Mapping.ToActivity),
            participations.Select(Mapping.ToParticipation)
        );
        var evaluation = record.Success
            ? ProviderAccessEvaluator.Default.Evaluate(school, record.Result, asAt)
            : Evaluation<ProviderAccessResult>.Of(record.Problems);
        if (!evaluation.Success)
        {
            return Problems.Invalid(
                "The institution's records cannot be evaluated.",
                evaluation.Problems,
                StatusCodes.Status422UnprocessableEntity
            );
        }

        var statement = new ProviderAccessStatement
        {
            Published = institution.StatementPublished,
            RequestProcedure = institution.StatementRequestProcedure,
            GroundsForGrantingAndRefusing = institution.StatementGrounds,
            PremisesAndFacilities = institution.StatementPremises,
            TimesOfAccess = institution.StatementTimes,
            HowDutiesAreMet = institution.StatementDuties,
        };
        // The answer lists the school's pupils: a read of learner records.
        await audit.RecordAsync(user, "provider-access.read", id, null, ct);
        return Results.Ok(ProviderAccessDto.From(school, year, evaluation.Result!, statement));
    }
}

/// <summary>An institution's provider access compliance in an academic year.</summary>
internal sealed record ProviderAccessDto(
    string InstitutionId,
    string AcademicYear,
    string AsAt,
    string Provenance,
    bool InScope,
    string Scope,
    string Verdict,
    IReadOnlyList<CohortDto> Cohorts,
    StatementDto Statement,
    IReadOnlyList<PupilProviderAccessDto> Pupils,
    bool Synthetic
)
{
    public static ProviderAccessDto From(
        Institution institution,
        AcademicYear year,
        ProviderAccessResult result,
        ProviderAccessStatement statement
    )
    {
        var checklist = statement.Check();
        return new(
            institution.Id,
            year.ToString(),
            Text.Date(result.Provenance.AsAt),
            result.Provenance.ToString(),
            result.Scope.InScope,
            result.Scope.Reason,
            result.Verdict.ToString(),
            result
                .Cohorts.Select(c => new CohortDto(
                    (int)c.Phase,
                    c.Cohort,
                    ProviderAccessPolicy.IsMandatoryForPupils(c.Phase),
                    Text.Date(c.WindowStart),
                    Text.Date(c.WindowEnd),
                    c.Status.ToString(),
                    c.Occasions,
                    c.Learners.Count,
                    c.Missed,
                    c.Outstanding,
                    c.NotAttended.Count,
                    c.Reasons
                ))
                .ToArray(),
            new StatementDto(
                statement.Assess(institution).ToString(),
                statement.IsComplete,
                checklist.Select(i => new StatementItemDto(i.Item, i.Requirement, i.Met)).ToArray()
            ),
            result
                .Learners.Select(l => new PupilProviderAccessDto(
                    l.Learner.Id,
                    (l.Learner.YearGroupIn(year) ?? l.Learner.YearGroup).Number,
                    l.Phases.Select(p => new PupilPhaseDto(
                            (int)p.Phase,
                            p.Status.ToString(),
                            Text.Date(p.WindowStart),
                            Text.Date(p.WindowEnd),
                            p.Counted,
                            p.Reasons
                        ))
                        .ToArray()
                ))
                .ToArray(),
            true
        );
    }
}

/// <summary>
/// The school's duty to one cohort in one key phase: the occasions given to it in its own window, where the duty
/// stands (NotYetOpen, InProgress, Met, NotMet), and who was missed (phases one and two) or did not attend (phase three,
/// where attending is optional).
/// </summary>
internal sealed record CohortDto(
    int Phase,
    string Cohort,
    bool MandatoryForPupils,
    string WindowStart,
    string WindowEnd,
    string Status,
    IReadOnlyList<string> Occasions,
    int Pupils,
    IReadOnlyList<string> Missed,
    IReadOnlyList<string> Outstanding,
    int NotAttended,
    IReadOnlyList<string> Reasons
);

/// <summary>The provider access policy statement checklist.</summary>
/// <param name="Verdict">NotInScope for an institution outside the duty, else Complete or Incomplete.</param>
/// <param name="Complete">Whether every item is met.</param>
/// <param name="Items">Each item and whether it is met.</param>
internal sealed record StatementDto(
    string Verdict,
    bool Complete,
    IReadOnlyList<StatementItemDto> Items
);

/// <summary>One item of the statement checklist.</summary>
internal sealed record StatementItemDto(string Item, string Requirement, bool Met);

/// <summary>One pupil's standing in each key phase.</summary>
internal sealed record PupilProviderAccessDto(
    string LearnerId,
    int YearGroup,
    IReadOnlyList<PupilPhaseDto> Phases
);

/// <summary>A pupil's standing in one key phase, with the encounters that counted and why others did not.</summary>
internal sealed record PupilPhaseDto(
    int Phase,
    string Status,
    string WindowStart,
    string WindowEnd,
    IReadOnlyList<string> Counted,
    IReadOnlyList<string> Reasons
);
