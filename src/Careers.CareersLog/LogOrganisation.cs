namespace Careers.CareersLog;

/// <summary>An organisation named in a log: a provider or a destination.</summary>
public sealed record LogOrganisation
{
    /// <summary>Creates an organisation with a name.</summary>
    /// <param name="name">Its name, 1 to 200 characters.</param>
    public LogOrganisation(string name) =>
        Name = LogGuard.Text(name, LogVocabulary.NameLength, nameof(name));

    /// <summary>Its name.</summary>
    public string Name { get; }

    /// <summary>Its UK Provider Reference Number, if it has one.</summary>
    public Ukprn? Ukprn { get; init; }
}
