using System;
using System.Collections.Generic;
using System.Linq;
using Careers.Encounters;
using Careers.Gatsby;
using NodaTime;

namespace Careers.Kpi;

/// <summary>
/// Collects an area's figures for a <see cref="KpiReport"/>: proportions, values, gaps and symbols by KPI id, or
/// straight from the calculators' results (<see cref="AddNeet"/>, <see cref="AddDestinations"/>), from
/// Careers.Gatsby (<see cref="AddBenchmarks"/>) and from Careers.Encounters (<see cref="AddEntitlement"/>,
/// <see cref="AddEncountersDelivered"/>). Each figure goes through its KPI's suppression rule; <see cref="Build"/>
/// then applies secondary suppression within each breakdown, works out year-on-year changes and target assessments,
/// and returns every problem found instead of a report when the data is bad. Mutable; not thread-safe.
/// </summary>
public sealed class KpiReportBuilder
{
    private readonly KpiCatalogue catalogue;
    private readonly Geography area;
    private readonly TimePeriod period;
    private readonly LocalDate asAt;
    private readonly KpiPolicy policy;
    private readonly List<KpiFigure> figures = [];
    private readonly HashSet<(string, Geography, string?, string?)> keys = [];
    private readonly List<ValidationError> problems = [];
    private readonly List<(string KpiId, decimal Previous)> previous = [];
    private readonly List<KpiTarget> targets = [];
    private int added;

    internal KpiReportBuilder(
        KpiCatalogue catalogue,
        Geography area,
        TimePeriod period,
        LocalDate asAt,
        KpiPolicy policy
    )
    {
        this.catalogue = Guard.NotNull(catalogue, nameof(catalogue));
        this.area = Guard.NotNull(area, nameof(area));
        this.period = Guard.NotNull(period, nameof(period));
        this.asAt = asAt;
        this.policy = Guard.NotNull(policy, nameof(policy));
    }

    /// <summary>
    /// Adds a percentage: a numerator out of a denominator, with its Wilson interval. Problems: an unknown KPI or
    /// breakdown, a KPI that is not a percentage, a negative count, a denominator of 0, a numerator above the denominator.
    /// </summary>
    /// <param name="kpiId">The KPI's id.</param>
    /// <param name="numerator">The numerator (may be a mean of counts).</param>
    /// <param name="denominator">The denominator.</param>
    /// <param name="breakdown">The breakdown; <see langword="null"/> for everybody.</param>
    /// <param name="group">The group within the breakdown; <see langword="null"/> for everybody.</param>
    /// <param name="geography">Where; default the report's area.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">Only one of <paramref name="breakdown"/> and <paramref name="group"/> is given.</exception>
    public KpiReportBuilder AddProportion(
        string kpiId,
        decimal numerator,
        decimal denominator,
        string? breakdown = null,
        string? group = null,
        Geography? geography = null
    )
    {
        var path = NextPath();
        var definition = Resolve(kpiId, breakdown, group, path, KpiUnit.Percentage);
        if (definition is null || !CheckCounts(numerator, denominator, path))
        {
            return this;
        }

        var proportion = Proportion.Of(numerator, denominator);
        var rule = definition.Suppression;
        Add(
            definition,
            geography,
            breakdown,
            group,
            numerator,
            denominator,
            proportion.Percentage,
            proportion.Wilson(policy.Confidence).Scale(100m),
            rule.Suppresses(numerator, denominator),
            path
        );
        return this;
    }

    /// <summary>Adds a percentage from a <see cref="Proportion"/>.</summary>
    /// <param name="kpiId">The KPI's id.</param>
    /// <param name="proportion">The proportion.</param>
    /// <param name="breakdown">The breakdown; <see langword="null"/> for everybody.</param>
    /// <param name="group">The group; <see langword="null"/> for everybody.</param>
    /// <param name="geography">Where; default the report's area.</param>
    /// <returns>This builder.</returns>
    public KpiReportBuilder AddProportion(
        string kpiId,
        Proportion proportion,
        string? breakdown = null,
        string? group = null,
        Geography? geography = null
    )
    {
        Guard.NotNull(proportion, nameof(proportion));
        return AddProportion(
            kpiId,
            proportion.Numerator,
            proportion.Denominator,
            breakdown,
            group,
            geography
        );
    }

    /// <summary>
    /// Adds a count, an average or hours. For an average, give the number of units averaged over as
    /// <paramref name="denominator"/> so that the suppression rule can judge it. Problems: an unknown KPI or
    /// breakdown, a KPI that is a percentage or a gap, a negative count.
    /// </summary>
    /// <param name="kpiId">The KPI's id.</param>
    /// <param name="value">The value in the KPI's unit.</param>
    /// <param name="denominator">For an average, what it is averaged over; <see langword="null"/> for a count.</param>
    /// <param name="breakdown">The breakdown; <see langword="null"/> for everybody.</param>
    /// <param name="group">The group; <see langword="null"/> for everybody.</param>
    /// <param name="geography">Where; default the report's area.</param>
    /// <returns>This builder.</returns>
    public KpiReportBuilder AddValue(
        string kpiId,
        decimal value,
        decimal? denominator = null,
        string? breakdown = null,
        string? group = null,
        Geography? geography = null
    )
    {
        var path = NextPath();
        var definition = Resolve(
            kpiId,
            breakdown,
            group,
            path,
            KpiUnit.Count,
            KpiUnit.Average,
            KpiUnit.Hours
        );
        if (definition is null)
        {
            return this;
        }

        if (value < 0m || denominator < 0m)
        {
            problems.Add(
                new ValidationError(
                    "kpi.count.negative",
                    path,
                    $"{definition.Id}: a count, an average or hours cannot be negative."
                )
            );
            return this;
        }

        var numerator = denominator is decimal d ? value * d : value;
        Add(
            definition,
            geography,
            breakdown,
            group,
            numerator,
            denominator,
            value,
            null,
            definition.Suppression.Suppresses(numerator, denominator),
            path
        );
        return this;
    }

    /// <summary>
    /// Adds a gap between two groups in percentage points, <paramref name="group"/> minus <paramref name="comparison"/>,
    /// with Newcombe's interval. The gap is suppressed when either group would be. Problems: an unknown KPI, a KPI whose
    /// unit is not percentage points.
    /// </summary>
    /// <param name="kpiId">The KPI's id.</param>
    /// <param name="group">The group, for example pupils not disadvantaged.</param>
    /// <param name="comparison">The group compared with, for example disadvantaged pupils.</param>
    /// <param name="geography">Where; default the report's area.</param>
    /// <returns>This builder.</returns>
    public KpiReportBuilder AddGap(
        string kpiId,
        Proportion group,
        Proportion comparison,
        Geography? geography = null
    )
    {
        Guard.NotNull(group, nameof(group));
        Guard.NotNull(comparison, nameof(comparison));
        var path = NextPath();
        var definition = Resolve(kpiId, null, null, path, KpiUnit.PercentagePoints);
        if (definition is null)
        {
            return this;
        }

        var gap = ProportionGap.Between(group, comparison, policy.Confidence);
        var rule = definition.Suppression;
        Add(
            definition,
            geography,
            null,
            null,
            null,
            null,
            gap.PercentagePoints,
            gap.IntervalInPercentagePoints,
            rule.Suppresses(group.Numerator, group.Denominator)
                || rule.Suppresses(comparison.Numerator, comparison.Denominator),
            path
        );
        return this;
    }

    /// <summary>
    /// Adds a figure that is a symbol only: <c>x</c> (not available), <c>z</c> (not applicable) or <c>c</c>. A <c>c</c>
    /// added here has no numbers, so secondary suppression cannot weigh it: to have a group protected within its
    /// breakdown, give its numbers to <see cref="AddProportion(string, decimal, decimal, string?, string?, Geography?)"/> and let the rule suppress it.
    /// </summary>
    /// <param name="kpiId">The KPI's id.</param>
    /// <param name="symbol">The symbol.</param>
    /// <param name="breakdown">The breakdown; <see langword="null"/> for everybody.</param>
    /// <param name="group">The group; <see langword="null"/> for everybody.</param>
    /// <param name="geography">Where; default the report's area.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The symbol is <c>low</c> or <c>u</c>, which qualify a value.</exception>
    public KpiReportBuilder AddSymbol(
        string kpiId,
        GssSymbol symbol,
        string? breakdown = null,
        string? group = null,
        Geography? geography = null
    )
    {
        if (
            Guard.Defined(symbol, nameof(symbol))
            is not (GssSymbol.Suppressed or GssSymbol.NotAvailable or GssSymbol.NotApplicable)
        )
        {
            throw new ArgumentException(
                "Only c, x and z stand alone; low and u qualify a value.",
                nameof(symbol)
            );
        }

        var path = NextPath();
        var definition = Resolve(kpiId, breakdown, group, path);
        if (definition is not null)
        {
            Store(
                new KpiFigure(
                    definition,
                    geography ?? area,
                    breakdown,
                    group,
                    null,
                    null,
                    null,
                    null,
                    symbol,
                    false
                ),
                path
            );
        }

        return this;
    }

    /// <summary>Adds the three NEET figures of a December–February average: NEET, not known, and NEET or not known.</summary>
    /// <param name="average">The average.</param>
    /// <param name="breakdown">The breakdown, for example <see cref="Breakdowns.Sex"/>; <see langword="null"/> for everybody.</param>
    /// <param name="group">The group; <see langword="null"/> for everybody.</param>
    /// <param name="geography">Where; default the report's area.</param>
    /// <returns>This builder.</returns>
    public KpiReportBuilder AddNeet(
        NeetAverage average,
        string? breakdown = null,
        string? group = null,
        Geography? geography = null
    )
    {
        Guard.NotNull(average, nameof(average));
        return AddProportion(KpiDefinitions.Neet.Id, average.Neet, breakdown, group, geography)
            .AddProportion(
                KpiDefinitions.NotKnown.Id,
                average.NotKnown,
                breakdown,
                group,
                geography
            )
            .AddProportion(
                KpiDefinitions.NeetOrNotKnown.Id,
                average.NeetOrNotKnown,
                breakdown,
                group,
                geography
            );
    }

    /// <summary>
    /// Adds sustained destinations for the whole cohort and, when both groups are given, by disadvantage and the
    /// disadvantage gap (not disadvantaged minus disadvantaged).
    /// </summary>
    /// <param name="all">The whole cohort.</param>
    /// <param name="notDisadvantaged">Pupils not disadvantaged; optional.</param>
    /// <param name="disadvantaged">Disadvantaged pupils; optional.</param>
    /// <param name="geography">Where; default the report's area.</param>
    /// <returns>This builder.</returns>
    public KpiReportBuilder AddDestinations(
        DestinationMeasure all,
        DestinationMeasure? notDisadvantaged = null,
        DestinationMeasure? disadvantaged = null,
        Geography? geography = null
    )
    {
        Guard.NotNull(all, nameof(all));
        var id = KpiDefinitions.SustainedDestinations.Id;
        AddProportion(id, all.Sustained, geography: geography);
        if (notDisadvantaged is not null && disadvantaged is not null)
        {
            AddProportion(
                id,
                disadvantaged.Sustained,
                Breakdowns.Disadvantage,
                Breakdowns.Disadvantaged,
                geography
            );
            AddProportion(
                id,
                notDisadvantaged.Sustained,
                Breakdowns.Disadvantage,
                Breakdowns.NotDisadvantaged,
                geography
            );
            AddGap(
                KpiDefinitions.DestinationsDisadvantageGap.Id,
                notDisadvantaged.Sustained,
                disadvantaged.Sustained,
                geography
            );
        }

        return this;
    }

    /// <summary>
    /// Adds the benchmark figures of an area from Careers.Gatsby: the mean number of benchmarks fully achieved, and the
    /// percentage of institutions achieving all eight.
    /// </summary>
    /// <param name="summary">The area's summary.</param>
    /// <param name="geography">Where; default the report's area.</param>
    /// <returns>This builder.</returns>
    public KpiReportBuilder AddBenchmarks(AreaSummary summary, Geography? geography = null)
    {
        Guard.NotNull(summary, nameof(summary));
        var allEight = Math.Round(
            summary.PercentAchievingAllEight * summary.Institutions / 100m,
            0,
            MidpointRounding.AwayFromZero
        );
        return AddValue(
                KpiDefinitions.AverageBenchmarksFullyAchieved.Id,
                summary.AverageBenchmarksFullyAchieved,
                summary.Institutions,
                geography: geography
            )
            .AddProportion(
                KpiDefinitions.AchievingAllEight.Id,
                allEight,
                summary.Institutions,
                geography: geography
            );
    }

    /// <summary>
    /// Adds the entitlement figures from a Careers.Encounters roll-up: learners in scope who have met the entitlement,
    /// and who have met it or are on track, for everybody and for every group of each breakdown the KPI lists
    /// (disadvantage, SEN provision, EAL, sex, ward, institution, year group). A group with nobody in scope shows <c>z</c>.
    /// </summary>
    /// <param name="rollUp">The roll-up.</param>
    /// <param name="geography">Where; default the report's area.</param>
    /// <returns>This builder.</returns>
    public KpiReportBuilder AddEntitlement(EntitlementRollUp rollUp, Geography? geography = null)
    {
        Guard.NotNull(rollUp, nameof(rollUp));
        foreach (
            var (id, met) in new[]
            {
                (KpiDefinitions.EntitlementMet.Id, false),
                (KpiDefinitions.EntitlementMetOrOnTrack.Id, true),
            }
        )
        {
            AddCounts(id, rollUp.Overall, met, null, null, geography);
            if (!catalogue.TryGet(id, out var definition))
            {
                continue;
            }

            // The roll-up and the report share one vocabulary (Breakdowns): its groups are the report's.
            foreach (var breakdown in rollUp.BreakdownNames)
            {
                if (!definition.Breakdowns.Contains(breakdown, StringComparer.Ordinal))
                {
                    continue;
                }

                foreach (var pair in rollUp.By(breakdown))
                {
                    AddCounts(id, pair.Value, met, breakdown, pair.Key, geography);
                }
            }
        }

        return this;
    }

    /// <summary>Adds the meaningful encounters delivered within the report's period, counted as the entitlement policy counts them.</summary>
    /// <param name="result">The entitlement result.</param>
    /// <param name="geography">Where; default the report's area.</param>
    /// <returns>This builder.</returns>
    public KpiReportBuilder AddEncountersDelivered(
        EntitlementResult result,
        Geography? geography = null
    )
    {
        Guard.NotNull(result, nameof(result));
        return AddValue(
            KpiDefinitions.EncountersDelivered.Id,
            result.EncountersDelivered(period.Start, period.End),
            geography: geography
        );
    }

    /// <summary>
    /// Compares the headline figure of a KPI (the report's area, everybody) with the previous period's unrounded value,
    /// with the stable band of <see cref="KpiPolicy.StableWithin"/>. A headline shown as a symbol gets no change.
    /// Problem: no such headline figure (<c>kpi.report.no-current-figure</c>).
    /// </summary>
    /// <param name="kpiId">The KPI's id.</param>
    /// <param name="previousValue">The previous period's value, unrounded, in the KPI's unit.</param>
    /// <returns>This builder.</returns>
    public KpiReportBuilder CompareWithPrevious(string kpiId, decimal previousValue)
    {
        previous.Add((Guard.NotEmpty(kpiId, nameof(kpiId)), previousValue));
        return this;
    }

    /// <summary>
    /// Assesses the headline figure of a KPI against a target's trajectory at the report's as-at date, with
    /// <see cref="KpiPolicy.Rag"/>. A headline shown as a symbol is not assessed. Problems: no such headline figure
    /// (<c>kpi.report.no-current-figure</c>), a baseline or target date outside the supported range, 1 September 1900
    /// to 31 August 9999 (<c>kpi.target.date-range</c> at <c>/targets/{i}/baselineDate</c> or
    /// <c>/targets/{i}/targetDate</c>, i counting targets in the order added).
    /// </summary>
    /// <param name="target">The target.</param>
    /// <returns>This builder.</returns>
    public KpiReportBuilder AddTarget(KpiTarget target)
    {
        targets.Add(Guard.NotNull(target, nameof(target)));
        return this;
    }

    /// <summary>
    /// Builds the report: secondary suppression within each breakdown (a published total never sits beside exactly
    /// one suppressed group), then the changes and target assessments. The as-at date must be in the supported range,
    /// 1 September 1900 to 31 August 9999, or it is the problem <c>as-at.range</c> (path <c>/asAt</c>), reported first.
    /// </summary>
    /// <returns>The report, or every problem found.</returns>
    public Evaluation<KpiReport> Build()
    {
        var all = new List<ValidationError>();
        SupportedDates.CheckAsAt(asAt, all);
        all.AddRange(problems);
        for (var t = 0; t < targets.Count; t++)
        {
            var path = JsonPointer.Append("/targets", t);
            SupportedDates.Check(
                targets[t].BaselineDate,
                "kpi.target.date-range",
                JsonPointer.Append(path, "baselineDate"),
                $"{targets[t].KpiId}: the baseline date is",
                all
            );
            SupportedDates.Check(
                targets[t].TargetDate,
                "kpi.target.date-range",
                JsonPointer.Append(path, "targetDate"),
                $"{targets[t].KpiId}: the target date is",
                all
            );
        }

        var result = figures.ToArray();
        SecondarySuppression(result);
        var changes = new List<KpiYearOnYear>();
        foreach (var (kpiId, value) in previous)
        {
            var headline = Headline(result, kpiId, "changes", all);
            if (headline is { IsPublished: true })
            {
                changes.Add(
                    new KpiYearOnYear(
                        kpiId,
                        KpiChange.Between(
                            value,
                            headline.Value!.Value,
                            headline.Definition.Better,
                            policy.StableWithin(headline.Definition)
                        )
                    )
                );
            }
        }

        var assessments = new List<TargetAssessment>();
        foreach (var target in targets)
        {
            var headline = Headline(result, target.KpiId, "targets", all);
            if (headline is { IsPublished: true })
            {
                assessments.Add(
                    target.Assess(
                        headline.Value!.Value,
                        asAt,
                        headline.Definition.Better,
                        policy.Rag
                    )
                );
            }
        }

        return all.Count > 0
            ? Evaluation<KpiReport>.Of(all)
            : Evaluation<KpiReport>.Of(
                new KpiReport(
                    catalogue,
                    policy,
                    area,
                    period,
                    asAt,
                    Array.AsReadOnly(result),
                    changes.AsReadOnly(),
                    assessments.AsReadOnly()
                )
            );
    }

    private void AddCounts(
        string id,
        StatusCounts counts,
        bool orOnTrack,
        string? breakdown,
        string? group,
        Geography? geography
    )
    {
        var met =
            counts[EntitlementStatus.Met] + (orOnTrack ? counts[EntitlementStatus.OnTrack] : 0);
        if (counts.InScope == 0)
        {
            AddSymbol(id, GssSymbol.NotApplicable, breakdown, group, geography);
        }
        else
        {
            AddProportion(id, met, counts.InScope, breakdown, group, geography);
        }
    }

    private string NextPath() => JsonPointer.Append("/figures", added++);

    private KpiDefinition? Resolve(
        string kpiId,
        string? breakdown,
        string? group,
        string path,
        params KpiUnit[] units
    )
    {
        Guard.NotEmpty(kpiId, nameof(kpiId));
        if ((breakdown is null) != (group is null))
        {
            throw new ArgumentException(
                "Give both a breakdown and a group, or neither (for everybody).",
                breakdown is null ? nameof(breakdown) : nameof(group)
            );
        }

        if (!catalogue.TryGet(kpiId, out var definition))
        {
            problems.Add(
                new ValidationError(
                    "kpi.report.unknown-kpi",
                    path,
                    $"The catalogue {catalogue.Id}@{catalogue.Version} has no KPI '{kpiId}'."
                )
            );
            return null;
        }

        if (units.Length > 0 && !units.Contains(definition.Unit))
        {
            problems.Add(
                new ValidationError(
                    "kpi.report.unit-mismatch",
                    path,
                    $"{kpiId} is measured as {definition.Unit}; this figure is a {string.Join(" or ", units)}."
                )
            );
            return null;
        }

        if (
            breakdown is not null
            && !definition.Breakdowns.Contains(breakdown, StringComparer.Ordinal)
        )
        {
            problems.Add(
                new ValidationError(
                    "kpi.report.unknown-breakdown",
                    path,
                    $"{kpiId} is not broken down by '{breakdown}'"
                        + (
                            definition.Breakdowns.Count == 0
                                ? "; it has no breakdowns."
                                : $"; use one of {string.Join(", ", definition.Breakdowns)}."
                        )
                )
            );
            return null;
        }

        return definition;
    }

    private bool CheckCounts(decimal numerator, decimal denominator, string path)
    {
        if (numerator < 0m || denominator < 0m)
        {
            problems.Add(
                new ValidationError(
                    "kpi.count.negative",
                    path,
                    FormattableString.Invariant(
                        $"Numerator {numerator} and denominator {denominator}: a count cannot be negative."
                    )
                )
            );
            return false;
        }

        if (denominator == 0m)
        {
            problems.Add(
                new ValidationError(
                    "kpi.denominator.zero",
                    path,
                    "The denominator is 0, so no percentage can be computed; add the figure as a symbol (z) instead."
                )
            );
            return false;
        }

        if (numerator > denominator)
        {
            problems.Add(
                new ValidationError(
                    "kpi.numerator.above-denominator",
                    path,
                    FormattableString.Invariant(
                        $"The numerator ({numerator}) is more than the denominator ({denominator})."
                    )
                )
            );
            return false;
        }

        return true;
    }

    private void Add(
        KpiDefinition definition,
        Geography? geography,
        string? breakdown,
        string? group,
        decimal? numerator,
        decimal? denominator,
        decimal value,
        ConfidenceInterval? interval,
        bool suppressed,
        string path
    )
    {
        GssSymbol? symbol =
            suppressed ? GssSymbol.Suppressed
            : policy.ShowLow && value != 0m && DfeRounding.Round(value, definition.Decimals) == 0m
                ? GssSymbol.Low
            : null;
        var lowReliability =
            !suppressed && denominator is decimal d && definition.Suppression.IsLowReliability(d);
        Store(
            new KpiFigure(
                definition,
                geography ?? area,
                breakdown,
                group,
                numerator,
                denominator,
                value,
                interval,
                symbol,
                lowReliability
            ),
            path
        );
    }

    private void Store(KpiFigure figure, string path)
    {
        if (!keys.Add((figure.Definition.Id, figure.Geography, figure.Breakdown, figure.Group)))
        {
            problems.Add(
                new ValidationError(
                    "kpi.report.duplicate-figure",
                    path,
                    $"{figure} was already added; each KPI, geography and group appears once."
                )
            );
            return;
        }

        figures.Add(figure);
    }

    private void SecondarySuppression(KpiFigure[] result)
    {
        var totals = new Dictionary<(string, Geography), int>();
        var groups = new Dictionary<(string, Geography, string), List<int>>();
        for (var i = 0; i < result.Length; i++)
        {
            var figure = result[i];
            if (figure.Numerator is null)
            {
                continue;
            }

            if (figure.Breakdown is null)
            {
                totals[(figure.Definition.Id, figure.Geography)] = i;
            }
            else
            {
                var key = (figure.Definition.Id, figure.Geography, figure.Breakdown);
                if (!groups.TryGetValue(key, out var parts))
                {
                    groups[key] = parts = [];
                }

                parts.Add(i);
            }
        }

        foreach (var group in groups)
        {
            var (id, geography, _) = group.Key;
            var parts = group.Value;
            var rule = result[parts[0]].Definition.Suppression;
            if (!rule.SecondarySuppression || !totals.TryGetValue((id, geography), out var total))
            {
                continue;
            }

            var decision = rule.Apply(
                (result[total].Numerator!.Value, result[total].Denominator),
                parts.Select(i => (result[i].Numerator!.Value, result[i].Denominator)).ToArray()
            );
            for (var k = 0; k < parts.Count; k++)
            {
                if (decision.Parts[k] && result[parts[k]].Symbol != GssSymbol.Suppressed)
                {
                    result[parts[k]] = result[parts[k]].Suppressed();
                }
            }

            if (decision.Total && result[total].Symbol != GssSymbol.Suppressed)
            {
                result[total] = result[total].Suppressed();
            }
        }
    }

    private KpiFigure? Headline(
        KpiFigure[] result,
        string kpiId,
        string section,
        List<ValidationError> found
    )
    {
        var headline = Array.Find(
            result,
            f =>
                string.Equals(f.Definition.Id, kpiId, StringComparison.Ordinal)
                && f.Breakdown is null
                && f.Geography.Equals(area)
        );
        if (headline is null)
        {
            found.Add(
                new ValidationError(
                    "kpi.report.no-current-figure",
                    JsonPointer.Append(JsonPointer.Root, section),
                    $"There is no figure for {kpiId} for {area} (everybody) to compare or assess."
                )
            );
        }

        return headline;
    }
}
