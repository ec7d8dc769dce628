using System.Collections.Generic;

namespace Careers.Kpi;

/// <summary>What <see cref="SuppressionRule.Apply"/> decided.</summary>
/// <param name="Total">Whether the total is suppressed.</param>
/// <param name="Parts">Whether each part is suppressed, in the order given.</param>
public sealed record SuppressionResult(bool Total, IReadOnlyList<bool> Parts);
