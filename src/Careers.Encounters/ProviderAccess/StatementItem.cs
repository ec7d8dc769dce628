namespace Careers.Encounters;

/// <summary>One item of the provider access policy statement checklist.</summary>
/// <param name="Item">A short name for the item.</param>
/// <param name="Requirement">What the statement must contain.</param>
/// <param name="Met">Whether the declared statement contains it.</param>
public sealed record StatementItem(string Item, string Requirement, bool Met);
