using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Careers.Benchmarks;

/// <summary>
/// Participation records per second: one over the mean time per operation, for benchmarks whose
/// <c>OperationsPerInvoke</c> is the number of participation records they evaluate.
/// </summary>
public sealed class ParticipationsPerSecondColumn : IColumn
{
    /// <inheritdoc />
    public string Id => nameof(ParticipationsPerSecondColumn);

    /// <inheritdoc />
    public string ColumnName => "Participations/s";

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc />
    public int PriorityInCategory => 0;

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc />
    public string Legend => "Participation records evaluated per second (1 / Mean)";

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        summary[benchmarkCase]?.ResultStatistics is { Mean: > 0 } statistics
            ? (1e9 / statistics.Mean / 1e6).ToString("0.00", CultureInfo.InvariantCulture) + " M"
            : "-";

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <summary>A configuration that adds the column.</summary>
    public sealed class Config : ManualConfig
    {
        /// <summary>Adds the column.</summary>
        public Config() => AddColumn(new ParticipationsPerSecondColumn());
    }
}
