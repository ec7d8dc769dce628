using System.Collections.Generic;
using Careers.CareersLog;

namespace Careers.Interchange;

/// <summary>
/// How the pupils of a CTF and a set of careers logs match: the pairs, the pupils with no log and the logs with no
/// pupil. The sending school's export (<see cref="CtfLogTransfer.Export"/>) holds the logs to send in
/// <see cref="Pairs"/>; the receiving school's match (<see cref="CtfLogTransfer.Match"/>) holds the logs to merge.
/// </summary>
public sealed class CtfLogMatch
{
    internal CtfLogMatch(
        IReadOnlyList<CtfLogPair> pairs,
        IReadOnlyList<CtfPupil> pupilsWithoutLog,
        IReadOnlyList<CareersLogDocument> logsWithoutPupil
    )
    {
        Pairs = pairs;
        PupilsWithoutLog = pupilsWithoutLog;
        LogsWithoutPupil = logsWithoutPupil;
    }

    /// <summary>Each pupil with their log, in file order.</summary>
    public IReadOnlyList<CtfLogPair> Pairs { get; }

    /// <summary>The pupils of the file that no log belongs to, in file order.</summary>
    public IReadOnlyList<CtfPupil> PupilsWithoutLog { get; }

    /// <summary>The logs that belong to no pupil of the file (no UPN, or a UPN not in the file), in the order given.</summary>
    public IReadOnlyList<CareersLogDocument> LogsWithoutPupil { get; }
}
