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
internal sealed class AuditEventRow
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    public string KeyId { get; set; } = "";

    public string Action { get; set; } = "";

    public string? InstitutionId { get; set; }

    public string? LearnerId { get; set; }
}
