namespace Careers.CareersLog;

/// <summary>One entry with the same id and different content on the two sides of a transfer.</summary>
public sealed class LogEntryConflict
{
    internal LogEntryConflict(LogEntry kept, LogEntry received)
    {
        Kept = kept;
        Received = received;
    }

    /// <summary>The entry id.</summary>
    public string Id => Kept.Id;

    /// <summary>The receiving school's version, which the merged log keeps.</summary>
    public LogEntry Kept { get; }

    /// <summary>The version received, which was not applied.</summary>
    public LogEntry Received { get; }
}
