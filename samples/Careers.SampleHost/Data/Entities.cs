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
