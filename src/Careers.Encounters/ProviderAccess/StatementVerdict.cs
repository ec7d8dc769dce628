namespace Careers.Encounters;

/// <summary>The verdict on a provider access policy statement.</summary>
public enum StatementVerdict
{
    /// <summary>The institution is outside the duty; it need not publish a statement.</summary>
    NotInScope = 0,

    /// <summary>The statement contains every item.</summary>
    Complete = 1,

    /// <summary>The statement lacks at least one item.</summary>
    Incomplete = 2,
}
