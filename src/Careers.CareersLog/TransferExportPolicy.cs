namespace Careers.CareersLog;

/// <summary>What <see cref="CareersLogTransfer.ExportForTransfer"/> includes beyond the child's own record.</summary>
public sealed record TransferExportPolicy
{
    /// <summary>The default: no names of authors or advisers; school names included (they are public).</summary>
    public static TransferExportPolicy Default { get; } = new();

    /// <summary>Whether to include the names of the adults who wrote entries; default false.</summary>
    public bool IncludeAuthorNames { get; init; }

    /// <summary>Whether to include the names of careers advisers; default false.</summary>
    public bool IncludeAdviserNames { get; init; }

    /// <summary>Whether to include school names; default true.</summary>
    public bool IncludeSchoolNames { get; init; } = true;
}
