using System;

namespace Careers.Kpi;

/// <summary>Square roots on <see cref="decimal"/>, to the precision of the type.</summary>
internal static class Root
{
    /// <summary>√x for x ≥ 0: a double estimate refined by two Newton steps in decimal.</summary>
    public static decimal Sqrt(decimal x)
    {
        if (x <= 0m)
        {
            return 0m;
        }

        var r = (decimal)Math.Sqrt((double)x);
        r = (r + (x / r)) / 2m;
        return (r + (x / r)) / 2m;
    }
}
