namespace Careers.Funding;

/// <summary>How one institution's allocation changes between two allocations.</summary>
/// <param name="Id">The institution's id.</param>
/// <param name="Name">The institution's name (from the second allocation).</param>
/// <param name="BeforePence">The first allocation, in pence.</param>
/// <param name="AfterPence">The second allocation, in pence.</param>
public sealed record InstitutionChange(string Id, string Name, long BeforePence, long AfterPence)
{
    /// <summary>The change in pence: after − before.</summary>
    public long ChangePence => AfterPence - BeforePence;

    /// <summary>The change as a fraction of the first allocation; null when that was 0.</summary>
    public decimal? ChangeFraction => BeforePence == 0 ? null : (decimal)ChangePence / BeforePence;
}
