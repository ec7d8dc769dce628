using System;

namespace Careers;

/// <summary>
/// A school, college or training provider: an id, a name, its type and the official identifiers it has. Immutable.
/// </summary>
public sealed record Institution
{
    private readonly string? area;

    /// <summary>Creates an institution.</summary>
    /// <param name="id">The institution's id in your system; <see cref="Learner.InstitutionId"/> refers to it. A URN or UKPRN is a good choice.</param>
    /// <param name="name">The institution's name.</param>
    /// <param name="type">What kind of institution it is.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="name"/> is empty, or <paramref name="type"/> is not defined.</exception>
    public Institution(string id, string name, InstitutionType type)
    {
        Id = Guard.NotEmpty(id, nameof(id));
        Name = Guard.NotEmpty(name, nameof(name));
        Type = Guard.Defined(type, nameof(type));
    }

    /// <summary>The institution's id in your system.</summary>
    public string Id { get; }

    /// <summary>The institution's name.</summary>
    public string Name { get; }

    /// <summary>What kind of institution it is.</summary>
    public InstitutionType Type { get; }

    /// <summary>The school's URN, when it has one.</summary>
    public Urn? Urn { get; init; }

    /// <summary>The school's LAESTAB, when it has one.</summary>
    public LaEstab? LaEstab { get; init; }

    /// <summary>The provider's UKPRN, when it has one.</summary>
    public Ukprn? Ukprn { get; init; }

    /// <summary>
    /// Whether the institution is an independent school (neither maintained by a local authority nor an academy).
    /// Independent schools follow the Gatsby Benchmarks but are outside the Provider Access Legislation
    /// (Education Act 1997 s.42B(2)); default <see langword="false"/>.
    /// </summary>
    public bool IsIndependent { get; init; }

    /// <summary>The code of the ward or area the institution is in (an ONS GSS code), or <see langword="null"/>.</summary>
    /// <exception cref="ArgumentException">Set to empty or white space.</exception>
    public string? Area
    {
        get => area;
        init => area = Guard.NullOrNotBlank(value, nameof(Area));
    }
}
