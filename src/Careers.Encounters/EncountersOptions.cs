namespace Careers.Encounters;

/// <summary>Options for <c>AddCareersEncounters</c>.</summary>
public sealed class EncountersOptions
{
    /// <summary>The entitlement policy; default <see cref="EncounterPolicy.DerbyOpportunityArea"/>.</summary>
    public EncounterPolicy Entitlement { get; set; } = EncounterPolicy.DerbyOpportunityArea;

    /// <summary>The Provider Access rules; default <see cref="ProviderAccessPolicy.Default"/>.</summary>
    public ProviderAccessPolicy ProviderAccess { get; set; } = ProviderAccessPolicy.Default;
}
