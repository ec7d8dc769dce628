namespace Careers;

/// <summary>Temporary.</summary>
public static class Placeholder { }
