using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Careers.Gatsby;

/// <summary>
/// Scores an institution against a Gatsby framework: from declared answers alone, as Compass self-assessment does
/// (<see cref="SelfAssess"/>), or from declared answers for the declared criteria and the activity record for the
/// learner-evidenced ones (<c>Assess</c>). Pure and thread-safe: the same input always gives the same result.
/// </summary>
public sealed class GatsbyEvaluator
{
    /// <summary>Creates a scorer with a policy.</summary>
    /// <param name="policy">The policy for the choices the sources leave open.</param>
    public GatsbyEvaluator(GatsbyPolicy policy) => Policy = Guard.NotNull(policy, nameof(policy));

    /// <summary>A scorer with <see cref="GatsbyPolicy.Default"/>.</summary>
    public static GatsbyEvaluator Default { get; } = new(GatsbyPolicy.Default);

    /// <summary>The policy in force.</summary>
    public GatsbyPolicy Policy { get; }

    /// <summary>
    /// Scores declared answers as Compass self-assessment does: each benchmark's percentage is the share of its
    /// criteria answered "met"; a criterion not answered is not met. Every criterion, learner-evidenced or not, is
    /// answered here. Source: The Careers &amp; Enterprise Company, Compass (docs/articles/domain.md §3).
    /// </summary>
    /// <param name="framework">The framework.</param>
    /// <param name="answers">Criterion id → whether the institution meets it.</param>
    /// <param name="asAt">
    /// The date the answers describe, from 1 September 1900 to 31 August 9999; outside that range it is the problem
    /// <c>as-at.range</c>, not an exception.
    /// </param>
    /// <param name="institutionId">The institution, for the record.</param>
    /// <returns>
    /// The result, or every problem with the answers (unknown criteria, criteria of another framework) and the as-at
    /// date.
    /// </returns>
    public Evaluation<GatsbyResult> SelfAssess(
        GatsbyFramework framework,
        IReadOnlyDictionary<string, bool> answers,
        LocalDate asAt,
        string? institutionId = null
    )
    {
        Guard.NotNull(framework, nameof(framework));
        Guard.NotNull(answers, nameof(answers));
        var problems = AnswerProblems(framework, answers, allowLearnerEvidenced: true);
        SupportedDates.CheckAsAt(asAt, problems);
        if (problems.Count > 0)
        {
            return Evaluation<GatsbyResult>.Of(problems);
        }

        var benchmarks = framework
            .Benchmarks.Select(b => new BenchmarkResult(
                b,
                b.Criteria.Select(c => Declared(c, answers)).ToArray()
            ))
            .ToArray();
        return Evaluation<GatsbyResult>.Of(
            new GatsbyResult(framework, Policy, asAt, institutionId, benchmarks)
        );
    }

    /// <summary>
    /// Scores an institution from declared answers for its declared criteria and from its activity record for its
    /// learner-evidenced criteria, as at a date, with no <see cref="BenchmarkRecords"/>: see
    /// <see cref="Assess(GatsbyFramework, IReadOnlyDictionary{string, bool}, ActivityRecord, BenchmarkRecords, LocalDate, string?)"/>.
    /// </summary>
    /// <param name="framework">The framework.</param>
    /// <param name="declaredAnswers">Criterion id → met, for the declared criteria.</param>
    /// <param name="record">The institution's learners, activities and who took part in which.</param>
    /// <param name="asAt">
    /// The date to score as at, from 1 September 1900 to 31 August 9999; outside that range, the problem
    /// <c>as-at.range</c>.
    /// </param>
    /// <param name="institutionId">The institution, for the record.</param>
    /// <returns>The result, or every problem found in the answers, the as-at date and the record.</returns>
    public Evaluation<GatsbyResult> Assess(
        GatsbyFramework framework,
        IReadOnlyDictionary<string, bool> declaredAnswers,
        ActivityRecord record,
        LocalDate asAt,
        string? institutionId = null
    ) => Assess(framework, declaredAnswers, record, BenchmarkRecords.None, asAt, institutionId);

    /// <summary>
    /// Scores an institution from declared answers for its declared criteria and from the activity record for its
    /// learner-evidenced criteria, as at a date. Only activities on or before the date count; year groups are those of
    /// the academic year containing it; an activity counts for a benchmark only if it is meaningful under the
    /// framework's definition. A learner-evidenced criterion is met when, in each group it is judged on, the share of
    /// learners meeting it reaches <see cref="GatsbyPolicy.CoverageThreshold"/>.
    /// </summary>
    /// <param name="framework">The framework.</param>
    /// <param name="declaredAnswers">Criterion id → met, for the declared criteria.</param>
    /// <param name="record">
    /// The institution's learners, activities and who took part in which, checked when it was made
    /// (<see cref="ActivityRecord.Create"/>). Each learner must have a year group in the academic year of the as-at
    /// date: one without is the problem <c>learner.year-group</c>.
    /// </param>
    /// <param name="benchmarkRecords">
    /// The advice records, leavers' destinations and learners considering higher education that Benchmarks 3 and 7
    /// need; <see cref="BenchmarkRecords.None"/> when there are none.
    /// </param>
    /// <param name="asAt">
    /// The date to score as at, from 1 September 1900 to 31 August 9999; outside that range, the problem
    /// <c>as-at.range</c>.
    /// </param>
    /// <param name="institutionId">The institution, for the record.</param>
    /// <returns>The result, or every problem found in the answers, the as-at date and the records.</returns>
    public Evaluation<GatsbyResult> Assess(
        GatsbyFramework framework,
        IReadOnlyDictionary<string, bool> declaredAnswers,
        ActivityRecord record,
        BenchmarkRecords benchmarkRecords,
        LocalDate asAt,
        string? institutionId = null
    )
    {
        Guard.NotNull(framework, nameof(framework));
        Guard.NotNull(declaredAnswers, nameof(declaredAnswers));
        Guard.NotNull(record, nameof(record));
        Guard.NotNull(benchmarkRecords, nameof(benchmarkRecords));

        var problems = AnswerProblems(framework, declaredAnswers, allowLearnerEvidenced: false);
        var tally = LearnerTally.Build(framework, Policy, record, benchmarkRecords, asAt, problems);
        if (problems.Count > 0)
        {
            return Evaluation<GatsbyResult>.Of(problems);
        }

        var benchmarks = framework
            .Benchmarks.Select(b => new BenchmarkResult(
                b,
                b.Criteria.Select(c =>
                        c.Requirement is null ? Declared(c, declaredAnswers) : Evidenced(c, tally)
                    )
                    .ToArray()
            ))
            .ToArray();
        return Evaluation<GatsbyResult>.Of(
            new GatsbyResult(framework, Policy, asAt, institutionId, benchmarks)
        );
    }

    private static CriterionResult Declared(
        GatsbyCriterion criterion,
        IReadOnlyDictionary<string, bool> answers
    ) =>
        answers.TryGetValue(criterion.Id, out var met)
            ? new CriterionResult(
                criterion,
                met ? CriterionStatus.Met : CriterionStatus.NotMet,
                met ? "Declared met." : "Declared not met.",
                null
            )
            : new CriterionResult(
                criterion,
                CriterionStatus.NotMet,
                "Not answered, so not met.",
                null
            );

    private CriterionResult Evidenced(GatsbyCriterion criterion, LearnerTally tally)
    {
        var requirement = criterion.Requirement!;
        var minimum = Policy.MinimumCountFor(criterion);
        var need = requirement.Describe(minimum);
        var groups = tally.Coverage(requirement, minimum, need);
        var assessed = groups.Where(g => g.IsAssessed).ToArray();
        var inScope = assessed.Sum(g => g.InScope);
        if (inScope == 0)
        {
            return new CriterionResult(
                criterion,
                CriterionStatus.NotApplicable,
                "No learners in scope, so the criterion does not apply.",
                groups
            );
        }

        var meeting = assessed.Sum(g => g.Meeting);
        var below = assessed.Where(g => g.Share < Policy.CoverageThreshold).ToArray();
        var summary = FormattableString.Invariant(
            $"{meeting} of {inScope} learners ({GatsbyFormat.Share((decimal)meeting / inScope)}) in {string.Join(", ", assessed.Select(g => g.Name))} have {need}"
        );
        return below.Length == 0
            ? new CriterionResult(
                criterion,
                CriterionStatus.Met,
                FormattableString.Invariant(
                    $"Met: {summary}; the threshold is {GatsbyFormat.Share(Policy.CoverageThreshold)}."
                ),
                groups
            )
            : new CriterionResult(
                criterion,
                CriterionStatus.NotMet,
                FormattableString.Invariant(
                    $"Not met: {summary}; {string.Join(", ", below.Select(g => $"{g.Name} is at {GatsbyFormat.Share(g.Share)}"))}, below the threshold of {GatsbyFormat.Share(Policy.CoverageThreshold)}."
                ),
                groups
            );
    }

    private List<ValidationError> AnswerProblems(
        GatsbyFramework framework,
        IReadOnlyDictionary<string, bool> answers,
        bool allowLearnerEvidenced
    )
    {
        var problems = new List<ValidationError>();
        foreach (var id in answers.Keys.OrderBy(k => k, StringComparer.Ordinal))
        {
            var path = JsonPointer.Append("/answers", id);
            if (framework.TryGetCriterion(id, out var criterion))
            {
                if (
                    !allowLearnerEvidenced
                    && criterion.Evidence == CriterionEvidence.LearnerEvidence
                )
                {
                    problems.Add(
                        new ValidationError(
                            "answer.learner-evidenced",
                            path,
                            $"Criterion {id} is proved by the activity record, not declared; remove the answer or use SelfAssess."
                        )
                    );
                }
            }
            else if (framework.OtherFrameworkOf(id) is { } other)
            {
                problems.Add(
                    new ValidationError(
                        "answer.other-framework",
                        path,
                        $"Criterion {id} belongs to {other.Id}, not {framework.Id}: answers for one edition cannot be scored against another."
                    )
                );
            }
            else
            {
                problems.Add(
                    new ValidationError(
                        "answer.unknown-criterion",
                        path,
                        $"{framework.Id} has no criterion {id}."
                    )
                );
            }
        }

        // An override for a criterion no framework has, or for a declared one, would be silently ignored: say so.
        foreach (var id in Policy.MinimumCounts.Keys.OrderBy(k => k, StringComparer.Ordinal))
        {
            var owner = GatsbyFramework.All.FirstOrDefault(f => f.TryGetCriterion(id, out _));
            GatsbyCriterion? overridden = null;
            if (
                owner is null
                || !owner.TryGetCriterion(id, out overridden)
                || overridden.Requirement is null
            )
            {
                problems.Add(
                    new ValidationError(
                        "policy.minimum-count",
                        JsonPointer.Append("/policy/minimumCounts", id),
                        owner is null
                            ? $"Policy {Policy.Id} sets a minimum count for {id}, which no framework has."
                            : $"Policy {Policy.Id} sets a minimum count for {id}, a declared criterion with nothing to count."
                    )
                );
            }
        }

        return problems;
    }
}
