using System.Collections.Generic;
using Careers.CareersLog;

namespace Careers.Interchange;

/// <summary>
/// The careers-log transfer alongside the CTF (docs/articles/interchange.md): the sending school makes the transfer
/// packages for the pupils in the file it sends, and the receiving school matches the logs that arrive to the pupils
/// of the file it imported. Pupils and logs are matched by UPN, or by the pupil's former UPN when the log carries
/// that; a log with no UPN (a pseudonymous one) matches no pupil.
/// </summary>
public static class CtfLogTransfer
{
    /// <summary>
    /// The sending side: for each pupil of the file, their log as it should travel
    /// (<see cref="CareersLogTransfer.ExportForTransfer"/> with the policy); logs of pupils not in the file stay
    /// behind (<see cref="CtfLogMatch.LogsWithoutPupil"/>).
    /// </summary>
    /// <param name="pupils">The pupils of the CTF being sent.</param>
    /// <param name="logs">The careers logs the sending school holds.</param>
    /// <param name="policy">What the packages include; null for <see cref="TransferExportPolicy.Default"/>.</param>
    /// <returns>The packages to send with their pupils, the pupils with no log and the logs not sent; or a problem when two logs belong to one pupil.</returns>
    public static Evaluation<CtfLogMatch> Export(
        IEnumerable<CtfPupil> pupils,
        IEnumerable<CareersLogDocument> logs,
        TransferExportPolicy? policy = null
    )
    {
        var match = Match(pupils, logs);
        if (match.Result is not { } result)
        {
            return match;
        }

        var packages = new List<CtfLogPair>(result.Pairs.Count);
        foreach (var pair in result.Pairs)
        {
            packages.Add(
                pair with
                {
                    Log = CareersLogTransfer.ExportForTransfer(pair.Log, policy),
                }
            );
        }

        return Evaluation<CtfLogMatch>.Of(
            new CtfLogMatch(packages, result.PupilsWithoutLog, result.LogsWithoutPupil)
        );
    }

    /// <summary>
    /// The receiving side: matches the logs that arrived to the pupils of the imported CTF, and reports the pupils with
    /// no log and the logs with no pupil. Merge each pair's log into the school's own with
    /// <see cref="CareersLogTransfer.Merge"/>.
    /// </summary>
    /// <param name="pupils">The pupils of the imported CTF.</param>
    /// <param name="logs">The logs received.</param>
    /// <returns>The pairs, the pupils with no log and the logs with no pupil; or a problem (<c>ctf-log.duplicate</c>) when two logs belong to one pupil.</returns>
    public static Evaluation<CtfLogMatch> Match(
        IEnumerable<CtfPupil> pupils,
        IEnumerable<CareersLogDocument> logs
    )
    {
        Guard.NotNull(pupils, nameof(pupils));
        Guard.NotNull(logs, nameof(logs));
        var byUpn = new Dictionary<Upn, (CareersLogDocument Log, int Index)>();
        var unmatched = new List<(CareersLogDocument Log, int Index)>();
        var problems = new List<ValidationError>();
        var index = 0;
        foreach (var log in logs)
        {
            Guard.NotNull(log, nameof(logs));
            if (log.Learner.Upn is not { } upn)
            {
                unmatched.Add((log, index));
            }
            else if (byUpn.TryGetValue(upn, out var first))
            {
                problems.Add(
                    new ValidationError(
                        "ctf-log.duplicate",
                        JsonPointer.Append("/logs", index),
                        $"Two logs are for UPN {upn} (logs {first.Index.ToString(System.Globalization.CultureInfo.InvariantCulture)} and {index.ToString(System.Globalization.CultureInfo.InvariantCulture)}): merge them before the transfer."
                    )
                );
            }
            else
            {
                byUpn.Add(upn, (log, index));
            }

            index++;
        }

        if (problems.Count > 0)
        {
            return Evaluation<CtfLogMatch>.Of(problems);
        }

        var pairs = new List<CtfLogPair>();
        var pupilsWithoutLog = new List<CtfPupil>();
        var used = new HashSet<Upn>();
        foreach (var pupil in pupils)
        {
            Guard.NotNull(pupil, nameof(pupils));
            if (
                TryTake(byUpn, used, pupil.Upn, out var log)
                || (pupil.FormerUpn is { } former && TryTake(byUpn, used, former, out log))
            )
            {
                pairs.Add(new CtfLogPair(pupil, log!));
            }
            else
            {
                pupilsWithoutLog.Add(pupil);
            }
        }

        foreach (var entry in byUpn)
        {
            if (!used.Contains(entry.Key))
            {
                unmatched.Add(entry.Value);
            }
        }

        unmatched.Sort((a, b) => a.Index.CompareTo(b.Index));
        var logsWithoutPupil = new List<CareersLogDocument>(unmatched.Count);
        foreach (var item in unmatched)
        {
            logsWithoutPupil.Add(item.Log);
        }

        return Evaluation<CtfLogMatch>.Of(
            new CtfLogMatch(pairs, pupilsWithoutLog, logsWithoutPupil)
        );
    }

    private static bool TryTake(
        Dictionary<Upn, (CareersLogDocument Log, int Index)> byUpn,
        HashSet<Upn> used,
        Upn upn,
        out CareersLogDocument? log
    )
    {
        if (byUpn.TryGetValue(upn, out var found) && used.Add(upn))
        {
            log = found.Log;
            return true;
        }

        log = null;
        return false;
    }
}
