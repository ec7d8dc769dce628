using System;

namespace Careers.SampleHost.Data;

/// <summary>The area the database holds: one row, written when the synthetic area is loaded.</summary>
internal sealed class AreaRow
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public bool Synthetic { get; set; }

    public int Seed { get; set; }

    public int LearnersPerYearGroup { get; set; }

    public DateOnly ReferenceDate { get; set; }
}

internal sealed class InstitutionRow
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public int Type { get; set; }

    public int? LaEstab { get; set; }

    public string Ward { get; set; } = "";

    public double Achievement { get; set; }

    public bool Synthetic { get; set; }

    // The provider access policy statement, as the school declares it (ProviderAccessStatement).
    public bool StatementPublished { get; set; }

    public bool StatementRequestProcedure { get; set; }

    public bool StatementGrounds { get; set; }

    public bool StatementPremises { get; set; }

    public bool StatementTimes { get; set; }

    public bool StatementDuties { get; set; }
}

internal sealed class LearnerRow
{
    public string Id { get; set; } = "";

    public string InstitutionId { get; set; } = "";

    public string? Upn { get; set; }

    public DateOnly DateOfBirth { get; set; }

    public int YearGroup { get; set; }

    public int AcademicYear { get; set; }

    public bool FreeSchoolMeals { get; set; }

    public bool FreeSchoolMealsInLastSixYears { get; set; }

    /// <summary>Looked after by a local authority (from a CTF's <c>InCare</c>; synthetic learners are not).</summary>
    public bool LookedAfter { get; set; }

    public int SenProvision { get; set; }

    public bool EnglishAsAdditionalLanguage { get; set; }

    public int Sex { get; set; }

    public string? Ward { get; set; }

    public bool Synthetic { get; set; }
}

internal sealed class ActivityRow
{
    public string Id { get; set; } = "";

    public string InstitutionId { get; set; } = "";

    public int Kind { get; set; }

    public DateOnly Date { get; set; }

    public int Evidence { get; set; }

    /// <summary>How many employers the activity involved, as imported (0 when not recorded).</summary>
    public int Employers { get; set; }

    /// <summary>Whether it took place during the standard school day; null when not recorded.</summary>
    public bool? DuringSchoolDay { get; set; }

    /// <summary>
    /// The providers of approved technical education or apprenticeships it involved, by id, separated by spaces; null
    /// for none. The Provider Access Legislation counts only encounters with such providers.
    /// </summary>
    public string? Providers { get; set; }

    /// <summary>
    /// The year groups the activity was put on for as a whole, as numbers separated by spaces (for example <c>12</c>);
    /// null when it was not offered to a whole year group (<see cref="Careers.CareersActivity.OfferedTo"/>).
    /// </summary>
    public string? OfferedTo { get; set; }
}

internal sealed class ParticipationRow
{
    public string ActivityId { get; set; } = "";

    public string LearnerId { get; set; } = "";

    public int Evidence { get; set; }
}

/// <summary>A learner's careers log: the validated JSON document and the version its ETag is made from.</summary>
internal sealed class CareersLogRow
{
    public string LearnerId { get; set; } = "";

    public string Document { get; set; } = "";

    public int Version { get; set; }
}

/// <summary>An API key: only its SHA-256 hash is stored, never the key itself.</summary>
internal sealed class ApiKeyRow
{
    /// <summary>A public handle for the key (shown in lists and audit records), not the secret.</summary>
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The lower-case hex SHA-256 of the key.</summary>
    public string Hash { get; set; } = "";

    public int Role { get; set; }

    /// <summary>The institution a school key is for; null for other roles.</summary>
    public string? InstitutionId { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? RevokedAt { get; set; }
}

/// <summary>One read of learner records: who read what, and when.</summary>
/// <summary>Where a transfer between schools stands: asked for by the sending school, then decided.</summary>
internal enum TransferStatus
{
    Pending = 0,
    Accepted = 1,
    Declined = 2,
    Cancelled = 3,
}

/// <summary>
/// A transfer of a learner and their careers log, asked for by the sending school and waiting for the receiving
/// school to accept it (or decline it; the sending school may cancel it while it is pending). The learner moves only
/// when the receiving school accepts.
/// </summary>
internal sealed class TransferRow
{
    public string Id { get; set; } = "";

    public string LearnerId { get; set; } = "";

    public string FromInstitutionId { get; set; } = "";

    public string ToInstitutionId { get; set; } = "";

    /// <summary>The learner's first day at the receiving school.</summary>
    public DateOnly Date { get; set; }

    public int Status { get; set; }

    public DateTime RequestedAt { get; set; }

    public DateTime? DecidedAt { get; set; }
}

internal sealed class AuditEventRow
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    public string KeyId { get; set; } = "";

    public string Action { get; set; } = "";

    public string? InstitutionId { get; set; }

    public string? LearnerId { get; set; }
}

/// <summary>
/// One month's 16–17 NEET figures for the area, as an NCCIS end-of-month return gives them: the cohort known to the
/// local authority, how many of them are NEET and how many not known. Synthetic in this sample.
/// </summary>
internal sealed class NeetMonthRow
{
    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; set; }

    public int Cohort { get; set; }

    public int Neet { get; set; }

    public int NotKnown { get; set; }

    public bool Synthetic { get; set; }
}

/// <summary>
/// A key stage 4 destination cohort of the area, for one destination year and one group (disadvantaged or not):
/// how many former pupils are in each destination category. Synthetic in this sample.
/// </summary>
internal sealed class DestinationRow
{
    /// <summary>The first calendar year of the destination year (2023 for 2023/24).</summary>
    public int Year { get; set; }

    /// <summary><c>Disadvantaged</c> or <c>Not disadvantaged</c>, as Careers.Kpi names the groups.</summary>
    public string Group { get; set; } = "";

    public int Education { get; set; }

    public int Apprenticeship { get; set; }

    public int Employment { get; set; }

    public int NotSustained { get; set; }

    public int ActivityNotCaptured { get; set; }

    public bool Synthetic { get; set; }
}

/// <summary>An institution's answer to a Gatsby criterion that is declared, not proved by learners' records.</summary>
internal sealed class DeclaredAnswerRow
{
    public string InstitutionId { get; set; } = "";

    /// <summary>The criterion's stable id, such as <c>2024.schools.B1.1</c>.</summary>
    public string CriterionId { get; set; } = "";

    public bool Met { get; set; }
}

/// <summary>
/// An import that succeeded, kept under its <c>Idempotency-Key</c> so that a retry of the same request gets the same
/// response and writes nothing, and a different request under the same key is refused.
/// </summary>
internal sealed class ImportRequestRow
{
    public string InstitutionId { get; set; } = "";

    public string IdempotencyKey { get; set; } = "";

    /// <summary>SHA-256 of the media type and the body, in lower-case hex.</summary>
    public string RequestHash { get; set; } = "";

    public int Status { get; set; }

    /// <summary>The JSON response sent the first time.</summary>
    public string Response { get; set; } = "";
}

/// <summary>
/// The version of the data the area's figures are made from: one row, bumped (in the same transaction) by every write
/// that changes a figure, so that each host instance can tell from one small read whether its cached figures are
/// still the database's (<see cref="AreaVersions"/>).
/// </summary>
internal sealed class AreaVersionRow
{
    public int Id { get; set; }

    public long Version { get; set; }
}
