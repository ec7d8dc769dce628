using NodaTime;

namespace Careers.Kpi;

/// <summary>One end-of-month NCCIS count for 16–17 year olds (docs/articles/domain.md §8).</summary>
/// <param name="Month">
/// The month the figures are at the end of: December, January or February, from September 1900 to August 9999 (the
/// months of the supported dates; <see cref="KpiEvaluator.NeetAverage"/> reports another as a problem).
/// </param>
/// <param name="Cohort">16–17 year olds known to the local authority, including not knowns, excluding young offenders in custody.</param>
/// <param name="Neet">Of them, those not in education, employment or training.</param>
/// <param name="NotKnown">Of them, those whose activity is not known.</param>
public sealed record NeetMonth(YearMonth Month, int Cohort, int Neet, int NotKnown);
