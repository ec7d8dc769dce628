namespace Careers.CareersLog;

/// <summary>Limits on reading careers-log documents.</summary>
public sealed class CareersLogReadOptions
{
    /// <summary>The default size limit: 1 MiB, far above a real log (a year group's logs average a few kilobytes).</summary>
    public const int DefaultMaxDocumentBytes = 1024 * 1024;

    /// <summary>
    /// Documents larger than this many bytes of UTF-8 are refused before parsing, so a hostile or mistaken upload costs
    /// nothing; default <see cref="DefaultMaxDocumentBytes"/>.
    /// </summary>
    public int MaxDocumentBytes { get; set; } = DefaultMaxDocumentBytes;
}
