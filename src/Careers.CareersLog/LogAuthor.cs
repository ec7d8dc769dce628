namespace Careers.CareersLog;

/// <summary>Who wrote a log entry: a role and, optionally, a name.</summary>
public sealed record LogAuthor
{
    private readonly string? name;

    /// <summary>Creates an author with a role.</summary>
    /// <param name="role">The author's role.</param>
    public LogAuthor(AuthorRole role) => Role = Guard.Defined(role, nameof(role));

    /// <summary>The author's role.</summary>
    public AuthorRole Role { get; }

    /// <summary>The author's name, if recorded; an export for transfer leaves it out by default.</summary>
    public string? Name
    {
        get => name;
        init => name = LogGuard.OptionalText(value, LogVocabulary.NameLength, nameof(Name));
    }
}
