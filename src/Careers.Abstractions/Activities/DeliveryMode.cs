namespace Careers;

/// <summary>How an activity was delivered.</summary>
public enum DeliveryMode
{
    /// <summary>In person.</summary>
    InPerson = 0,

    /// <summary>Online.</summary>
    Virtual = 1,

    /// <summary>Partly in person, partly online.</summary>
    Blended = 2,
}
