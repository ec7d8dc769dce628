using System;

namespace Careers.Encounters;

/// <summary>
/// Whether the Provider Access Legislation applies to an institution, and why. Education Act 1997 s.42B(2) puts the
/// duty on the proprietors of academies and alternative provision academies, of community, foundation and voluntary
/// schools, of community and foundation special schools (not hospital schools) and on pupil referral units; it does
/// not reach independent schools or further education and sixth-form colleges (docs/articles/domain.md §6).
/// Immutable.
/// </summary>
public sealed record ProviderAccessScope
{
    private ProviderAccessScope(bool inScope, string reason)
    {
        InScope = inScope;
        Reason = reason;
    }

    /// <summary>The scope assumed when no institution is given: a school the duty applies to.</summary>
    public static ProviderAccessScope School { get; } =
        new(
            true,
            "A school within Education Act 1997 s.42B(2) (assumed: no institution was given)."
        );

    /// <summary>Whether the duty applies.</summary>
    public bool InScope { get; }

    /// <summary>Why it does or does not, citing the statute.</summary>
    public string Reason { get; }

    /// <summary>Whether the duty applies to an institution.</summary>
    /// <param name="institution">The institution.</param>
    /// <returns>In scope for state-funded secondary, all-through, special and alternative provision schools; not in scope otherwise.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="institution"/> is null.</exception>
    public static ProviderAccessScope For(Institution institution)
    {
        Guard.NotNull(institution, nameof(institution));
        if (institution.IsIndependent)
        {
            return new(
                false,
                "An independent school: Education Act 1997 s.42B(2) does not put the provider access duty on independent schools."
            );
        }

        return institution.Type switch
        {
            InstitutionType.Secondary
            or InstitutionType.AllThrough
            or InstitutionType.Special
            or InstitutionType.AlternativeProvision => new(
                true,
                "A state-funded school with pupils in Years 8 to 13: within Education Act 1997 s.42B(2)."
            ),
            InstitutionType.Primary => new(
                false,
                "A primary school has no pupils in Years 8 to 13, the year groups of the duty (Education Act 1997 s.42B(1A), (2A))."
            ),
            InstitutionType.SixthFormCollege or InstitutionType.FurtherEducationCollege => new(
                false,
                "A further education or sixth-form college: Education Act 1997 s.42B(2) does not reach colleges."
            ),
            _ => new(
                false,
                "Not a school: Education Act 1997 s.42B(2) puts the duty on schools only."
            ),
        };
    }
}
