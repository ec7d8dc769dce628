using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Careers.Gatsby;

/// <summary>
/// One edition of the Gatsby Benchmarks for one audience, as data: the eight benchmarks, their criteria, and the
/// definition of "meaningful" that applies. Four are built in: <see cref="Edition2014Schools"/>,
/// <see cref="Edition2014Colleges"/>, <see cref="Edition2024Schools"/> and <see cref="Edition2024Colleges"/>.
/// Immutable and safe to share.
/// </summary>
public sealed partial class GatsbyFramework
{
    private static IReadOnlyList<GatsbyFramework>? all;
    private readonly Dictionary<string, GatsbyCriterion> criteriaById;

    private GatsbyFramework(
        GatsbyEdition edition,
        GatsbyAudience audience,
        string title,
        string source,
        LocalDate inForceFrom,
        MeaningfulDefinition meaningful,
        IReadOnlyList<GatsbyBenchmark> benchmarks
    )
    {
        Edition = edition;
        Audience = audience;
        Id = IdPrefix(edition, audience);
        Title = title;
        Source = source;
        InForceFrom = inForceFrom;
        Meaningful = meaningful;
        Benchmarks = benchmarks;
        criteriaById = benchmarks
            .SelectMany(b => b.Criteria)
            .ToDictionary(c => c.Id, StringComparer.Ordinal);
    }

    /// <summary>The first day the 2024 edition is in force: 1 September 2025 (DfE statutory guidance, 1 May 2025).</summary>
    public static LocalDate Edition2024InForceFrom => new(2025, 9, 1);

    /// <summary>The rule-set id recorded in every result, for example <c>gatsby.2024.schools</c>.</summary>
    public string Id { get; }

    /// <summary>The version of this SDK's encoding of the framework; it changes whenever a criterion or requirement changes.</summary>
    public string Version => "1.1";

    /// <summary>The edition.</summary>
    public GatsbyEdition Edition { get; }

    /// <summary>Who the framework is for.</summary>
    public GatsbyAudience Audience { get; }

    /// <summary>The title of the publication.</summary>
    public string Title { get; }

    /// <summary>The publication, with its publisher and date.</summary>
    public string Source { get; }

    /// <summary>The first day the framework is the one in force for its audience.</summary>
    public LocalDate InForceFrom { get; }

    /// <summary>The definition of a meaningful encounter that applies.</summary>
    public MeaningfulDefinition Meaningful { get; }

    /// <summary>The eight benchmarks, Benchmark 1 first.</summary>
    public IReadOnlyList<GatsbyBenchmark> Benchmarks { get; }

    /// <summary>Every criterion of every benchmark, in order.</summary>
    public IEnumerable<GatsbyCriterion> Criteria => Benchmarks.SelectMany(b => b.Criteria);

    /// <summary>The four built-in frameworks.</summary>
    // Built on first use: static initialisers in partial files run in no guaranteed order.
    public static IReadOnlyList<GatsbyFramework> All =>
        all ??= Array.AsReadOnly([
            Edition2014Schools,
            Edition2014Colleges,
            Edition2024Schools,
            Edition2024Colleges,
        ]);

    /// <summary>The framework in force for an institution on a date: the 2024 edition from 1 September 2025, the 2014 one before.</summary>
    /// <param name="type">The institution's type; colleges and training providers use the colleges edition.</param>
    /// <param name="asAt">The date: any date (before 1 September 2025 is the 2014 edition), never an exception.</param>
    /// <returns>The framework.</returns>
    public static GatsbyFramework For(InstitutionType type, LocalDate asAt)
    {
        var colleges = type.UsesCollegeBenchmarks();
        return asAt >= Edition2024InForceFrom
            ? (colleges ? Edition2024Colleges : Edition2024Schools)
            : (colleges ? Edition2014Colleges : Edition2014Schools);
    }

    /// <summary>A benchmark by number.</summary>
    /// <param name="number">1–8.</param>
    /// <returns>The benchmark.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is outside 1–8.</exception>
    public GatsbyBenchmark Benchmark(int number) =>
        number is >= 1 and <= 8
            ? Benchmarks[number - 1]
            : throw new ArgumentOutOfRangeException(
                nameof(number),
                number,
                "The benchmarks are numbered 1 to 8."
            );

    /// <summary>Finds a criterion by id.</summary>
    /// <param name="id">The criterion id, for example <c>2024.schools.B5.1</c>.</param>
    /// <param name="criterion">The criterion, when this framework has it.</param>
    /// <returns>Whether this framework has a criterion with that id.</returns>
    public bool TryGetCriterion(string id, out GatsbyCriterion criterion) =>
        criteriaById.TryGetValue(id ?? string.Empty, out criterion!);

    /// <summary>Whether a criterion id belongs to another built-in framework (another edition or audience).</summary>
    /// <param name="id">The criterion id.</param>
    /// <returns>The framework the id belongs to, or <see langword="null"/> when it is this one's or nobody's.</returns>
    public GatsbyFramework? OtherFrameworkOf(string id) =>
        criteriaById.ContainsKey(id ?? string.Empty)
            ? null
            : All.FirstOrDefault(f => f.TryGetCriterion(id!, out _));

    /// <summary>The id and version, for example <c>gatsby.2024.schools@1.1</c>.</summary>
    /// <returns>The framework on one line.</returns>
    public override string ToString() => $"{Id}@{Version}";

    private static string IdPrefix(GatsbyEdition edition, GatsbyAudience audience) =>
        $"gatsby.{(int)edition}.{(audience == GatsbyAudience.Schools ? "schools" : "colleges")}";

    /// <summary>Builds the benchmarks of a framework from rows of data, numbering the criteria.</summary>
    private sealed class Data(GatsbyEdition edition, GatsbyAudience audience, string source)
    {
        private readonly List<GatsbyBenchmark> benchmarks = [];

        public Data Benchmark(string title, string summary, params Criterion[] criteria)
        {
            var number = benchmarks.Count + 1;
            var prefix =
                $"{(int)edition}.{(audience == GatsbyAudience.Schools ? "schools" : "colleges")}.B{number}.";
            var built = criteria
                .Select(
                    (c, i) =>
                        new GatsbyCriterion(
                            prefix + (i + 1),
                            number,
                            c.Text,
                            c.Quoted,
                            c.Source ?? source,
                            c.Requirement
                        )
                )
                .ToArray();
            benchmarks.Add(new GatsbyBenchmark(number, title, summary, Array.AsReadOnly(built)));
            return this;
        }

        public GatsbyFramework Build(
            string title,
            LocalDate inForceFrom,
            MeaningfulDefinition meaningful
        ) =>
            benchmarks.Count == 8
                ? new GatsbyFramework(
                    edition,
                    audience,
                    title,
                    source,
                    inForceFrom,
                    meaningful,
                    benchmarks.AsReadOnly()
                )
                : throw new InvalidOperationException("A framework has eight benchmarks.");
    }

    /// <summary>A criterion row: quoted text or a summary, an optional source that differs from the framework's, and what learners need.</summary>
    private sealed record Criterion(
        string Text,
        bool Quoted = true,
        LearnerRequirement? Requirement = null,
        string? Source = null
    );

    private static Criterion Quote(string text, LearnerRequirement? requirement = null) =>
        new(text, true, requirement);

    private static Criterion Summary(string text, LearnerRequirement? requirement = null) =>
        new(text, false, requirement);
}
