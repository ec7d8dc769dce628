using System;

namespace Careers;

/// <summary>
/// An employer or provider involved in a careers activity. The <see cref="Id"/> tells organisations apart, so that
/// rules such as "not exactly the same provider or providers on each occasion" can be checked. Immutable.
/// </summary>
public sealed record ActivityOrganisation
{
    /// <summary>Creates an organisation.</summary>
    /// <param name="id">A stable id for the organisation: its UKPRN, company number or your own key.</param>
    /// <param name="name">Its name.</param>
    /// <param name="type">What kind of organisation it is.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="name"/> is empty, or <paramref name="type"/> is not defined.</exception>
    public ActivityOrganisation(string id, string name, OrganisationType type)
    {
        Id = Guard.NotEmpty(id, nameof(id));
        Name = Guard.NotEmpty(name, nameof(name));
        Type = Guard.Defined(type, nameof(type));
    }

    /// <summary>A stable id for the organisation.</summary>
    public string Id { get; }

    /// <summary>Its name.</summary>
    public string Name { get; }

    /// <summary>What kind of organisation it is.</summary>
    public OrganisationType Type { get; }

    /// <summary>The size band of an employer; <see cref="EmployerSizeBand.NotRecorded"/> otherwise.</summary>
    public EmployerSizeBand SizeBand { get; init; }

    /// <summary>Whether the employer is a small or medium-sized enterprise (fewer than 250 employees), when the size is recorded.</summary>
    public bool IsSmallOrMediumEnterprise =>
        SizeBand is EmployerSizeBand.Micro or EmployerSizeBand.Small or EmployerSizeBand.Medium;

    /// <summary>The provider's UKPRN, when it has one.</summary>
    public Ukprn? Ukprn { get; init; }

    /// <summary>
    /// Whether the provider offers approved technical education qualifications or apprenticeships: the providers the
    /// Provider Access Legislation gives access to (Education Act 1997 s.42B, docs/articles/domain.md §6).
    /// </summary>
    public bool OffersApprovedTechnicalEducationOrApprenticeships { get; init; }
}
