using System;
using System.Collections.Generic;
using System.Linq;

namespace Careers.CareersLog;

/// <summary>
/// Moves a log from one school to the next (docs/articles/domain.md §7): <see cref="ExportForTransfer"/> keeps only
/// what the receiving school needs, and <see cref="Merge"/> folds what arrives into the receiving school's log by entry
/// id, so that a second transfer of the same log changes nothing and an entry edited on both sides is reported, never
/// overwritten.
/// </summary>
public static class CareersLogTransfer
{
    /// <summary>
    /// Merges a log received from another school into the receiving school's log. Entries are matched by id: an entry
    /// new to the receiving log is added; an identical one is left alone; one with the same id and different content
    /// is a conflict, reported with both versions, and the receiving school's version is kept. Schools not yet listed
    /// are added. When anything is added, the merged log lists schools by first day and entries by date, then id, so
    /// that transfers of logs that do not conflict give the same log in any order. When nothing is added the receiving
    /// log comes back unchanged.
    /// </summary>
    /// <param name="receiving">The receiving school's log (start one with <see cref="CareersLogDocument.Start"/>).</param>
    /// <param name="received">The log received.</param>
    /// <returns>The merged log with what was added, unchanged and in conflict; or a problem when the logs are about different learners or the merged log would be too long.</returns>
    public static Evaluation<LogTransferResult> Merge(
        CareersLogDocument receiving,
        CareersLogDocument received
    )
    {
        Guard.NotNull(receiving, nameof(receiving));
        Guard.NotNull(received, nameof(received));
        if (!receiving.Learner.IsSameLearnerAs(received.Learner))
        {
            return Evaluation<LogTransferResult>.Of([
                new ValidationError(
                    "transfer.learner",
                    "/learner",
                    "The logs are about different learners: they need the same UPN, or where either has none the same pseudonymous id."
                ),
            ]);
        }

        var added = new List<LogEntry>();
        var unchanged = new List<string>();
        var conflicts = new List<LogEntryConflict>();
        foreach (var entry in received.Entries)
        {
            var kept = receiving.FindEntry(entry.Id);
            if (kept is null)
            {
                added.Add(entry);
            }
            else if (kept.Equals(entry))
            {
                unchanged.Add(entry.Id);
            }
            else
            {
                conflicts.Add(new LogEntryConflict(kept, entry));
            }
        }

        var newSchools = received
            .Schools.Where(s =>
                !receiving.Schools.Any(r => r.IsSameSchoolAs(s) && r.From == s.From)
            )
            .ToList();
        if (receiving.Entries.Count + added.Count > CareersLogDocument.MaxEntries)
        {
            return Evaluation<LogTransferResult>.Of([
                new ValidationError(
                    "transfer.too-many-entries",
                    "/entries",
                    $"The merged log would hold more than {CareersLogDocument.MaxEntries} entries."
                ),
            ]);
        }

        var log =
            added.Count == 0 && newSchools.Count == 0
                ? receiving
                : new CareersLogDocument(
                    receiving.Learner,
                    [
                        .. receiving
                            .Schools.Concat(newSchools)
                            .OrderBy(s => s.From)
                            .ThenBy(
                                s => s.Urn?.ToString() ?? s.LaEstab!.ToString(),
                                StringComparer.Ordinal
                            ),
                    ],
                    [
                        .. receiving
                            .Entries.Concat(added)
                            .OrderBy(e => e.Date)
                            .ThenBy(e => e.Id, StringComparer.Ordinal),
                    ]
                );
        return Evaluation<LogTransferResult>.Of(
            new LogTransferResult(
                log,
                [.. added.Select(e => e.Id)],
                unchanged,
                conflicts,
                newSchools.Count
            )
        );
    }

    /// <summary>
    /// The log as it should travel to the next school: the learner's UPN (the pseudonymous id only where there is no
    /// UPN) and date of birth, the schools, and every entry, without the names of the adults who wrote entries or gave
    /// guidance unless the policy includes them. The receiving school needs the child's record, not the staff's names.
    /// </summary>
    /// <param name="log">The log.</param>
    /// <param name="policy">What to include; null for <see cref="TransferExportPolicy.Default"/>.</param>
    /// <returns>The log to send.</returns>
    public static CareersLogDocument ExportForTransfer(
        CareersLogDocument log,
        TransferExportPolicy? policy = null
    )
    {
        Guard.NotNull(log, nameof(log));
        policy ??= TransferExportPolicy.Default;
        var learner = new LogLearner(
            log.Learner.Upn,
            log.Learner.Upn is null ? log.Learner.PseudonymousId : null
        )
        {
            DateOfBirth = log.Learner.DateOfBirth,
        };
        var schools = policy.IncludeSchoolNames
            ? log.Schools
            : [.. log.Schools.Select(s => s with { Name = null })];
        var entries = log.Entries.Select(e => Export(e, policy)).ToList();
        return new CareersLogDocument(learner, schools, entries);
    }

    private static LogEntry Export(LogEntry entry, TransferExportPolicy policy)
    {
        if (!policy.IncludeAuthorNames && entry.Author.Name is not null)
        {
            entry = entry with { Author = new LogAuthor(entry.Author.Role) };
        }

        if (
            !policy.IncludeAdviserNames
            && entry is GuidanceMeetingEntry { Adviser.Name: not null } meeting
        )
        {
            entry = meeting with { Adviser = meeting.Adviser with { Name = null } };
        }

        return entry;
    }
}
