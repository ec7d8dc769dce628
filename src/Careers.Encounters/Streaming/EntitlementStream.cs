using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;

namespace Careers.Encounters.Streaming;

/// <summary>
/// Evaluates the entitlement over records that arrive one at a time — millions of rows from an MIS export — in memory
/// proportional to the number of learners and the encounters that count, not to the number of records. Each record
/// is judged on its own evidence; a repeat of a record that already counted is a <see cref="NotCountedReason.Duplicate"/>.
/// The status rules are those of <see cref="EntitlementEvaluator"/>. Dates are supported from 1 September 1900 to
/// 31 August 9999 (<see cref="AcademicYear.MinDate"/> to <see cref="AcademicYear.MaxDate"/>): a record dated outside
/// that range is the problem <c>record.date-range</c> at <c>/records/{n}/date</c> (n counting records from 1), an
/// as-at date outside it <c>as-at.range</c>; CSV read by <see cref="EncounterCsv"/> reports such a date as
/// <c>csv.activity-date</c> instead. Every operation answers an <see cref="Evaluation{TResult}"/>: the result, or
/// every problem and no result. The CSV is read on one thread unless <see cref="EncounterCsvOptions"/> asks for more.
/// </summary>
public static class EntitlementStream
{
    /// <summary>Evaluates records as at a date.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="records">The records, in any order.</param>
    /// <param name="asAt">
    /// The date, from 1 September 1900 to 31 August 9999; outside that range it is the problem <c>as-at.range</c>
    /// (path <c>/asAt</c>), not an exception.
    /// </param>
    /// <returns>The result, or every problem (at most 1,000): a record's, or the as-at date's.</returns>
    public static Evaluation<StreamedEntitlementResult> Evaluate(
        EncounterPolicy policy,
        IEnumerable<EncounterRecord> records,
        LocalDate asAt
    )
    {
        Guard.NotNull(policy, nameof(policy));
        Guard.NotNull(records, nameof(records));
        return Evaluate(policy, records, asAt, [], null);
    }

    /// <summary>
    /// Evaluates records as at a date, showing each record, with its learner's index in the result, to an observer:
    /// the way to work out other measures per learner (a Gatsby benchmark, a local indicator) in the same pass.
    /// </summary>
    /// <param name="policy">The policy.</param>
    /// <param name="records">The records, in any order.</param>
    /// <param name="asAt">
    /// The date, from 1 September 1900 to 31 August 9999; outside that range it is the problem <c>as-at.range</c>
    /// (path <c>/asAt</c>), not an exception.
    /// </param>
    /// <param name="observer">Sees every record, in the order they come, after the evaluation has counted it.</param>
    /// <returns>The result, or every problem (at most 1,000): a record's, or the as-at date's.</returns>
    public static Evaluation<StreamedEntitlementResult> Evaluate(
        EncounterPolicy policy,
        IEnumerable<EncounterRecord> records,
        LocalDate asAt,
        StreamedRecordObserver observer
    )
    {
        Guard.NotNull(policy, nameof(policy));
        Guard.NotNull(records, nameof(records));
        Guard.NotNull(observer, nameof(observer));
        return Evaluate(policy, records, asAt, [], observer);
    }

    /// <summary>Evaluates CSV text in the <see cref="EncounterCsv"/> format as at a date.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="csv">The CSV text.</param>
    /// <param name="asAt">
    /// The date, from 1 September 1900 to 31 August 9999; outside that range it is the problem <c>as-at.range</c>
    /// (path <c>/asAt</c>), not an exception.
    /// </param>
    /// <returns>
    /// The result, or every problem (at most 1,000): each row that cannot be read (as <see cref="EncounterCsv"/>
    /// reports it), then the records' and the as-at date's.
    /// </returns>
    public static Evaluation<StreamedEntitlementResult> EvaluateCsv(
        EncounterPolicy policy,
        TextReader csv,
        LocalDate asAt
    ) => EvaluateCsv(policy, csv, asAt, EncounterCsvOptions.Default);

    /// <summary>Evaluates CSV text in the <see cref="EncounterCsv"/> format as at a date, read with options.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="csv">The CSV text.</param>
    /// <param name="asAt">
    /// The date, from 1 September 1900 to 31 August 9999; outside that range it is the problem <c>as-at.range</c>
    /// (path <c>/asAt</c>), not an exception.
    /// </param>
    /// <param name="options">How to read the CSV.</param>
    /// <returns>
    /// The result, or every problem (at most 1,000): each row that cannot be read (as <see cref="EncounterCsv"/>
    /// reports it), then the records' and the as-at date's.
    /// </returns>
    public static Evaluation<StreamedEntitlementResult> EvaluateCsv(
        EncounterPolicy policy,
        TextReader csv,
        LocalDate asAt,
        EncounterCsvOptions options
    )
    {
        Guard.NotNull(policy, nameof(policy));
        Guard.NotNull(csv, nameof(csv));
        Guard.NotNull(options, nameof(options));
        var problems = new List<ValidationError>();
        return Evaluate(policy, EncounterCsv.Read(csv, problems, options), asAt, problems, null);
    }

    /// <summary>
    /// Evaluates a stream of UTF-8 CSV in the <see cref="EncounterCsv"/> format as at a date: the fastest way to
    /// evaluate an export (see <see cref="EncounterCsv.Read(Stream, ICollection{ValidationError}, EncounterCsvOptions?)"/>).
    /// </summary>
    /// <param name="policy">The policy.</param>
    /// <param name="utf8Csv">The CSV as UTF-8. It is read to its end, not disposed.</param>
    /// <param name="asAt">
    /// The date, from 1 September 1900 to 31 August 9999; outside that range it is the problem <c>as-at.range</c>
    /// (path <c>/asAt</c>), not an exception.
    /// </param>
    /// <param name="options">How to read the CSV; <see langword="null"/> for <see cref="EncounterCsvOptions.Default"/>.</param>
    /// <returns>
    /// The result, or every problem (at most 1,000): each row that cannot be read (as <see cref="EncounterCsv"/>
    /// reports it), then the records' and the as-at date's.
    /// </returns>
    public static Evaluation<StreamedEntitlementResult> EvaluateCsv(
        EncounterPolicy policy,
        Stream utf8Csv,
        LocalDate asAt,
        EncounterCsvOptions? options = null
    )
    {
        Guard.NotNull(policy, nameof(policy));
        Guard.NotNull(utf8Csv, nameof(utf8Csv));
        var problems = new List<ValidationError>();
        return Evaluate(
            policy,
            EncounterCsv.Read(utf8Csv, problems, options),
            asAt,
            problems,
            null
        );
    }

    private static Evaluation<StreamedEntitlementResult> Evaluate(
        EncounterPolicy policy,
        IEnumerable<EncounterRecord> records,
        LocalDate asAt,
        IReadOnlyList<ValidationError> problems,
        StreamedRecordObserver? observer
    )
    {
        var state = new StreamAccumulator(policy, asAt);
        if (observer is null)
        {
            foreach (var record in records)
            {
                state.Add(record);
            }
        }
        else
        {
            foreach (var record in records)
            {
                observer(record, state.Add(record));
            }
        }

        return state.Finish(problems);
    }

#if NET
    /// <summary>Evaluates records from an asynchronous source as at a date.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="records">The records, in any order.</param>
    /// <param name="asAt">
    /// The date, from 1 September 1900 to 31 August 9999; outside that range it is the problem <c>as-at.range</c>
    /// (path <c>/asAt</c>), not an exception.
    /// </param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>The result, or every problem (at most 1,000): a record's, or the as-at date's.</returns>
    public static async Task<Evaluation<StreamedEntitlementResult>> EvaluateAsync(
        EncounterPolicy policy,
        IAsyncEnumerable<EncounterRecord> records,
        LocalDate asAt,
        CancellationToken cancellationToken = default
    )
    {
        Guard.NotNull(policy, nameof(policy));
        Guard.NotNull(records, nameof(records));
        var state = new StreamAccumulator(policy, asAt);
        await foreach (
            var record in records.WithCancellation(cancellationToken).ConfigureAwait(false)
        )
        {
            state.Add(record);
        }

        return state.Finish(Array.Empty<ValidationError>());
    }
#endif
}
