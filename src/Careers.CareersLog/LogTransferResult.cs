using System.Collections.Generic;

namespace Careers.CareersLog;

/// <summary>The outcome of <see cref="CareersLogTransfer.Merge"/>.</summary>
public sealed class LogTransferResult
{
    internal LogTransferResult(
        CareersLogDocument log,
        IReadOnlyList<string> added,
        IReadOnlyList<string> unchanged,
        IReadOnlyList<LogEntryConflict> conflicts,
        int schoolsAdded
    )
    {
        Log = log;
        Added = added;
        Unchanged = unchanged;
        Conflicts = conflicts;
        SchoolsAdded = schoolsAdded;
    }

    /// <summary>The merged log.</summary>
    public CareersLogDocument Log { get; }

    /// <summary>The ids of the entries added.</summary>
    public IReadOnlyList<string> Added { get; }

    /// <summary>The ids of the entries the receiving log already had, identical.</summary>
    public IReadOnlyList<string> Unchanged { get; }

    /// <summary>The entries edited on both sides: the receiving school's version was kept.</summary>
    public IReadOnlyList<LogEntryConflict> Conflicts { get; }

    /// <summary>How many schools were added to the list of schools attended.</summary>
    public int SchoolsAdded { get; }

    /// <summary>Whether the merge changed the receiving log.</summary>
    public bool Changed => Added.Count > 0 || SchoolsAdded > 0;
}
