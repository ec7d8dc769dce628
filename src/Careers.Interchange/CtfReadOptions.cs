using System.Collections.Generic;

namespace Careers.Interchange;

/// <summary>How <see cref="CtfReader"/> reads a Common Transfer File.</summary>
public sealed record CtfReadOptions
{
    private readonly CtfVersionPolicy newerVersions = CtfVersionPolicy.AcceptWithWarning;

    /// <summary>The defaults: newer versions accepted with a warning, at most 100,000 pupils.</summary>
    public static CtfReadOptions Default { get; } = new();

    /// <summary>
    /// What to do with a file newer than <see cref="CtfVersion.Ctf21"/>; <see cref="CtfVersionPolicy.AcceptWithWarning"/>
    /// by default.
    /// </summary>
    /// <exception cref="System.ArgumentOutOfRangeException">When set to a value that is not a policy.</exception>
    public CtfVersionPolicy NewerVersions
    {
        get => newerVersions;
        init => newerVersions = Guard.Defined(value, nameof(NewerVersions));
    }

    /// <summary>
    /// The most pupils one file may hold (100,000 by default: twice the 50,000-pupil file the tests read in bounded
    /// memory); the reader stops with <c>ctf.pupils.too-many</c> beyond it.
    /// </summary>
    public int MaxPupils { get; init; } = 100_000;

    /// <summary>
    /// Ethnicity codes accepted beside the main codes of <see cref="CtfCodes.Ethnicities"/>: the extended codes a
    /// local authority uses (empty by default, so that an unknown code is a problem).
    /// </summary>
    public IReadOnlyCollection<string> AdditionalEthnicityCodes { get; init; } = [];
}
