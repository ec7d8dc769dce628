namespace Careers.CareersLog;

/// <summary>The adviser at a guidance meeting.</summary>
public sealed record GuidanceAdviser
{
    private readonly string? name;
    private readonly int? qualificationLevel;

    /// <summary>The adviser's name; an export for transfer leaves it out by default.</summary>
    public string? Name
    {
        get => name;
        init => name = LogGuard.OptionalText(value, LogVocabulary.NameLength, nameof(Name));
    }

    /// <summary>
    /// The adviser's careers guidance qualification level on the Regulated Qualifications Framework, 1 to 8; the
    /// strategy's indicator is guidance by a Level 6 adviser (docs/articles/domain.md §9).
    /// </summary>
    public int? QualificationLevel
    {
        get => qualificationLevel;
        init =>
            qualificationLevel = LogGuard.OptionalRange(value, 1, 8, nameof(QualificationLevel));
    }
}
