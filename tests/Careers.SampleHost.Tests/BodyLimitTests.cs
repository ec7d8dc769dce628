using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Careers.SampleHost.Security;

namespace Careers.SampleHost.Tests;

/// <summary>
/// Every body over the limit is a <c>413</c> problem, whether it comes with a Content-Length or chunked, on every
/// endpoint that takes one (issue 16): never a 500. On Kestrel over real sockets, where the limit is enforced; the
/// chunked bodies are written by hand, as a client streaming an upload writes them, until the host answers.
/// </summary>
public sealed class BodyLimitTests(SqliteKestrelHost host) : IClassFixture<SqliteKestrelHost>
{
    private const int TwoMegabytes = 2 * 1024 * 1024;

    [Theory]
    [InlineData("POST", "/funding/scenarios", "analyst", TwoMegabytes)]
    [InlineData("POST", "/funding/scenarios/compare", "analyst", TwoMegabytes)]
    [InlineData("POST", "/admin/api-keys", "admin", TwoMegabytes)]
    [InlineData("PUT", "/learners/L000300/careers-log", "school", 50 * 1024 * 1024)]
    [InlineData("POST", "/learners/L000300/careers-log/transfer", "school", TwoMegabytes)]
    public async Task Chunked_OverTheLimit_Is413Problem(
        string method,
        string path,
        string who,
        int bytes
    )
    {
        var (status, head) = await SendChunkedAsync(method, path, Key(who), bytes);
        Assert.True(status == 413, head);
        Assert.Contains("application/problem+json", head, StringComparison.OrdinalIgnoreCase);
        await StillAnswersAsync();
    }

    [Theory]
    [InlineData("/funding/scenarios")]
    [InlineData("/funding/scenarios/compare")]
    public async Task WithContentLength_OverTheLimit_Is413Problem(string path)
    {
        using var content = new StringContent(
            "{\"potPence\": 1, \"formula\": {\"name\": \"" + new string('x', TwoMegabytes) + "\"}}",
            Encoding.UTF8,
            "application/json"
        );
        // Expect: 100-continue, as a client uploading a large body sends it: the answer is read whether or not the host
        // reads the body (without it, the host may close while the client still writes, and the client sees no answer).
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.ExpectContinue = true;
        using var response = await host.Client(ApiRole.Analyst).SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        await StillAnswersAsync();
    }

    [Fact]
    public async Task Chunked_SignInForm_OverTheLimit_Is413()
    {
        var (status, head) = await SendChunkedAsync(
            "POST",
            "/signin",
            null,
            TwoMegabytes,
            "application/x-www-form-urlencoded",
            "key="
        );
        Assert.True(status == 413, head);
    }

    [Fact]
    public async Task Chunked_UnderTheLimit_IsRead()
    {
        // The same streaming, under the limit: the host reads it (a 400 about the formula, not a 413 or a 500).
        var (status, head) = await SendChunkedAsync(
            "POST",
            "/funding/scenarios",
            Key("analyst"),
            100_000
        );
        Assert.True(status == 400, head);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Refused_WithAnUnreadBody_EndsTheConnection_TheNextRequestSucceeds(
        bool chunked
    )
    {
        // One connection, reused when it may be: a refusal the host answers without reading a body over the limit
        // (401, no key) must say Connection: close, or the client sends its next request on a connection Kestrel ends.
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1 })
        {
            BaseAddress = new Uri(host.Address),
        };
        for (var i = 0; i < 3; i++)
        {
            var bytes = Encoding.UTF8.GetBytes(
                "{\"name\": \"" + new string('x', 3_000_000) + "\"}"
            );
            using var request = new HttpRequestMessage(HttpMethod.Post, "/funding/scenarios")
            {
                Content = chunked
                    ? new StreamedContent(bytes, "application/json")
                    : new ByteArrayContent(bytes),
            };
            request.Content.Headers.ContentType ??=
                new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            try
            {
                using var refused = await http.SendAsync(request);
                Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
                Assert.True(refused.Headers.ConnectionClose);
            }
            catch (HttpRequestException)
            {
                // The host answered and closed while the client was still sending: a refusal all the same (HTTP/1.1
                // without Expect: 100-continue). What matters is the next request.
            }

            using var next = new HttpRequestMessage(HttpMethod.Get, "/area");
            next.Headers.Add(ApiKeyAuthenticationHandler.Header, host.Key(ApiRole.Analyst));
            using var answered = await http.SendAsync(next);
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        }
    }

    private string Key(string who) =>
        who switch
        {
            "analyst" => host.Key(ApiRole.Analyst),
            "admin" => host.Key(ApiRole.Admin),
            _ => host.Key(ApiRole.School, host.SchoolOf("L000300")),
        };

    private async Task StillAnswersAsync()
    {
        using var response = await host.Client(ApiRole.Analyst).GetAsync("/area");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>
    /// Sends a chunked body of about <paramref name="bytes"/> bytes (a JSON object with one long string, or a form)
    /// over a socket of its own, reading the answer as it comes; stops writing when the host answers or stops
    /// reading. Returns the status and the head of the answer.
    /// </summary>
    private async Task<(int Status, string Head)> SendChunkedAsync(
        string method,
        string path,
        string? key,
        int bytes,
        string mediaType = "application/json",
        string start = "{\"name\": \""
    )
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var address = new Uri(host.Address);
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, address.Port, timeout.Token);
        await using var stream = client.GetStream();
        var head = new StringBuilder()
            .Append($"{method} {path} HTTP/1.1\r\n")
            .Append($"Host: {address.Authority}\r\n")
            .Append($"Content-Type: {mediaType}\r\n")
            .Append("Transfer-Encoding: chunked\r\n")
            .Append("Accept: application/json\r\n");
        if (key is not null)
        {
            head.Append($"{ApiKeyAuthenticationHandler.Header}: {key}\r\n");
        }

        await stream.WriteAsync(
            Encoding.ASCII.GetBytes(head.Append("\r\n").ToString()),
            timeout.Token
        );
        var answer = ReadHeadAsync(stream, timeout.Token);
        var filler = Encoding.ASCII.GetBytes(new string('x', 64 * 1024));
        var written = 0;
        var chunks = new[] { Encoding.ASCII.GetBytes(start) };
        try
        {
            await WriteChunkAsync(stream, chunks[0], timeout.Token);
            while (written < bytes && !answer.IsCompleted)
            {
                using var slow = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token);
                slow.CancelAfter(TimeSpan.FromSeconds(3)); // the host stopped reading
                await WriteChunkAsync(stream, filler, slow.Token);
                written += filler.Length;
            }

            if (!answer.IsCompleted)
            {
                var end = mediaType == "application/json" ? "\"}" : "";
                await WriteChunkAsync(stream, Encoding.ASCII.GetBytes(end), timeout.Token);
                await stream.WriteAsync("0\r\n\r\n"u8.ToArray(), timeout.Token);
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or SocketException)
        {
            // The host answered and closed, or stopped reading: what it answered is read below.
        }

        var text = await answer.WaitAsync(TimeSpan.FromSeconds(20));
        var status = int.Parse(
            text.Split(' ')[1],
            System.Globalization.CultureInfo.InvariantCulture
        );
        return (status, text);
    }

    private static async Task WriteChunkAsync(Stream stream, byte[] chunk, CancellationToken ct)
    {
        if (chunk.Length == 0)
        {
            return;
        }

        await stream.WriteAsync(Encoding.ASCII.GetBytes($"{chunk.Length:x}\r\n"), ct);
        await stream.WriteAsync(chunk, ct);
        await stream.WriteAsync("\r\n"u8.ToArray(), ct);
    }

    private static async Task<string> ReadHeadAsync(Stream stream, CancellationToken ct)
    {
        var buffer = new byte[16 * 1024];
        var text = new StringBuilder();
        int read;
        while ((read = await stream.ReadAsync(buffer, ct)) > 0)
        {
            text.Append(Encoding.ASCII.GetString(buffer, 0, read));
            if (text.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                break;
            }
        }

        return text.ToString();
    }
}
