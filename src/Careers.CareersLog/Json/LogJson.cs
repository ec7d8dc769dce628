using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Careers.CareersLog;

/// <summary>The serializer options of the careers log, made once.</summary>
internal static class LogJson
{
    public static readonly JsonSerializerOptions Compact = Create(indented: false);
    public static readonly JsonSerializerOptions Indented = Create(indented: true);

    public static JsonSerializerOptions For(bool indented) => indented ? Indented : Compact;

    public static JsonTypeInfo<CareersLogDocument> Log(bool indented) =>
        (JsonTypeInfo<CareersLogDocument>)For(indented).GetTypeInfo(typeof(CareersLogDocument));

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(CareersLogJsonContext.Default.Options)
        {
            TypeInfoResolver = new OmitEmptyResolver(CareersLogJsonContext.Default),
            WriteIndented = indented,
            // A log is the child's own words, not HTML: keep apostrophes and emoji readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly();
        return options;
    }
}
