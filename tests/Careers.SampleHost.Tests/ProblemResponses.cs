using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;

namespace Careers.SampleHost.Tests;

/// <summary>Reading a problem details answer in the tests.</summary>
internal static class ProblemResponses
{
    /// <summary>
    /// The code and path of each error of a problem details answer, after checking its status (the body is in the
    /// failure message) and its media type.
    /// </summary>
    public static async Task<(string Code, string Path)[]> Errors(
        HttpResponseMessage response,
        HttpStatusCode status
    )
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(text);
        return json
            .RootElement.GetProperty("errors")
            .EnumerateArray()
            .Select(e => (e.GetProperty("code").GetString()!, e.GetProperty("path").GetString()!))
            .ToArray();
    }
}
