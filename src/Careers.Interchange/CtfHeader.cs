using NodaTime;

namespace Careers.Interchange;

/// <summary>
/// The header of a Common Transfer File: document name, version, when it was made, the source school and, when the
/// file is addressed to one, the destination school.
/// </summary>
/// <param name="Version">The specification the file follows (<c>CTFversion</c>).</param>
/// <param name="Created">When the sending system made the file (<c>DateTime</c>).</param>
/// <param name="Source">The sending school (<c>SourceSchool</c>).</param>
public sealed record CtfHeader(CtfVersion Version, LocalDateTime Created, CtfSchool Source)
{
    /// <summary>The document name every CTF carries: <c>Common Transfer File</c>.</summary>
    public const string CommonTransferFile = "Common Transfer File";

    private readonly string documentName = CommonTransferFile;

    /// <summary>The document name (<c>DocumentName</c>); <see cref="CommonTransferFile"/> by default, never blank.</summary>
    /// <exception cref="System.ArgumentNullException">When set to null.</exception>
    /// <exception cref="System.ArgumentException">When set to a blank string.</exception>
    public string DocumentName
    {
        get => documentName;
        init => documentName = Guard.NotEmpty(value, nameof(DocumentName));
    }

    /// <summary>The receiving school (<c>DestSchool</c>), when the file is addressed to one.</summary>
    public CtfSchool? Destination { get; init; }

    /// <summary>
    /// <c>full</c> or <c>partial</c> (<c>DocumentQualifier</c>), when the file says; kept as written.
    /// </summary>
    public string? DocumentQualifier { get; init; }

    /// <summary>The system that made the file (<c>SupplierID</c>), when the file says.</summary>
    public string? SupplierId { get; init; }
}
