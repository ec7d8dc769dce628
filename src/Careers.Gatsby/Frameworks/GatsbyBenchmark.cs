using System.Collections.Generic;

namespace Careers.Gatsby;

/// <summary>One of the eight benchmarks of a framework, with its criteria. Immutable.</summary>
public sealed class GatsbyBenchmark
{
    internal GatsbyBenchmark(
        int number,
        string title,
        string summary,
        IReadOnlyList<GatsbyCriterion> criteria
    )
    {
        Number = number;
        Title = title;
        Summary = summary;
        Criteria = criteria;
    }

    /// <summary>The benchmark's number, 1–8.</summary>
    public int Number { get; }

    /// <summary>The benchmark's title, for example "Encounters with employers and employees".</summary>
    public string Title { get; }

    /// <summary>What the benchmark asks, in a sentence.</summary>
    public string Summary { get; }

    /// <summary>The criteria (assessment areas), in the order the framework lists them.</summary>
    public IReadOnlyList<GatsbyCriterion> Criteria { get; }

    /// <summary>The number and title, for example "B5 Encounters with employers and employees".</summary>
    /// <returns>The benchmark on one line.</returns>
    public override string ToString() => $"B{Number} {Title}";
}
