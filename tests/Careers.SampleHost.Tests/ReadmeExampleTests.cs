using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Careers.SampleHost.Data;
using Careers.SampleHost.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Careers.SampleHost.Tests;

/// <summary>
/// The host with the area a newcomer gets: the default synthetic options of appsettings.json (3,000 learners a year
/// group), so that the README's examples meet the learners they name.
/// </summary>
public sealed class DefaultAreaHost : SqliteHost
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings() =>
        [new("Careers:Synthetic:LearnersPerYearGroup", "3000")];
}

/// <summary>
/// The README's import example, sent as it is written: the curl command is read from README.md (method, URL, headers
/// and the here-document body) and sent to a host holding the default area, with the school key of the institution
/// the URL names in place of <c>$KEY</c>. It must be written, not refused, so the example cannot drift from the area.
/// </summary>
public sealed partial class ReadmeExampleTests(DefaultAreaHost host)
    : IClassFixture<DefaultAreaHost>
{
    [Fact]
    public async Task ReadmeImportExample_AgainstTheDefaultArea_IsWrittenAndCounts()
    {
        var curl = Curl.FromMarkdown(
            File.ReadAllText(Path.Combine(Repository.Root, "README.md")),
            "activities/import"
        );
        var url = new Uri(curl.Url);
        var institution = Regex.Match(url.AbsolutePath, "^/institutions/([^/]+)/").Groups[1].Value;
        using var request = curl.ToRequest(
            url.PathAndQuery,
            new Dictionary<string, string> { ["$KEY"] = host.Key(ApiRole.School, institution) }
        );
        using var client = host.Factory.CreateClient();
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(
            response.IsSuccessStatusCode,
            $"The README's import example answered {(int)response.StatusCode}: {body}"
        );
        using var json = JsonDocument.Parse(body);
        Assert.Equal(2, json.RootElement.GetProperty("rows").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("learners").GetInt32());

        // Sent again under its key: the same answer, written once.
        using var again = curl.ToRequest(
            url.PathAndQuery,
            new Dictionary<string, string> { ["$KEY"] = host.Key(ApiRole.School, institution) }
        );
        using var replay = await client.SendAsync(again);
        Assert.Equal(body, await replay.Content.ReadAsStringAsync());
        Assert.True(replay.Headers.Contains("Idempotent-Replayed"));

        // What the README says next: the fair counts in the first learner's entitlement.
        var learner = Regex.Match(curl.Body, @"^(L\d+),", RegexOptions.Multiline).Groups[1].Value;
        Assert.Contains(
            $"`GET /learners/{learner}/entitlement`",
            File.ReadAllText(Path.Combine(Repository.Root, "README.md")),
            StringComparison.Ordinal
        );
        using var reader = host.Client(ApiRole.School, institution);
        var entitlement = await reader.GetStringAsync($"/learners/{learner}/entitlement");
        var activity = Regex
            .Match(curl.Body, @"^L\d+,[^,]*,[^,]*,([^,]+),", RegexOptions.Multiline)
            .Groups[1]
            .Value;
        Assert.Contains($"\"{activity}\"", entitlement, StringComparison.Ordinal);
    }

    /// <summary>Every learner the sample host article's import examples name is on roll at the school they name, in Year 9.</summary>
    [Fact]
    public async Task SampleHostArticleImportExamples_NameLearnersOnRollAtTheirSchool()
    {
        var article = File.ReadAllText(
            Path.Combine(Repository.Root, "docs", "articles", "sample-host.md")
        );
        var csv = Regex
            .Match(article, "```csv\n(?<rows>.*?)```", RegexOptions.Singleline)
            .Groups["rows"]
            .Value.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Skip(1)
            .Select(l => l.Split(','))
            .ToArray();
        Assert.NotEmpty(csv);
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareersDbContext>();
        foreach (var row in csv)
        {
            var learner = await db.Learners.SingleOrDefaultAsync(l => l.Id == row[0]);
            Assert.True(learner is not null, $"No learner {row[0]} in the default area.");
            Assert.Equal("sec-01", learner.InstitutionId);
            Assert.Equal(9, learner.YearGroup);
        }
    }

    /// <summary>A curl command as the README writes it: <c>-X</c>, the URL, <c>-H</c>s and a here-document body.</summary>
    private sealed record Curl(string Method, string Url, List<string> Headers, string Body)
    {
        /// <summary>The curl command of the first bash block holding <paramref name="marker"/>.</summary>
        public static Curl FromMarkdown(string markdown, string marker)
        {
            var block = BashBlocks()
                .Matches(markdown)
                .Select(m => m.Groups["code"].Value)
                .FirstOrDefault(b => b.Contains(marker, StringComparison.Ordinal));
            Assert.True(block is not null, $"No ```bash block with {marker}.");
            var lines = block.Split('\n');
            var start = Array.FindIndex(
                lines,
                l => l.TrimStart().StartsWith("curl ", StringComparison.Ordinal)
            );
            Assert.True(start >= 0, "The block has no curl command.");
            var command = new StringBuilder();
            var end = start;
            for (; end < lines.Length; end++)
            {
                var line = lines[end].TrimEnd();
                if (!line.EndsWith('\\'))
                {
                    command.Append(line);
                    break;
                }

                command.Append(line[..^1]).Append(' ');
            }

            var words = Words(command.ToString());
            string method = "GET",
                url = "";
            var headers = new List<string>();
            string? terminator = null;
            for (var i = 1; i < words.Count; i++)
            {
                switch (words[i])
                {
                    case "-s":
                        break;
                    case "-X":
                        method = words[++i];
                        break;
                    case "-H":
                        headers.Add(words[++i]);
                        break;
                    case "--data-binary":
                        Assert.Equal("@-", words[++i]);
                        break;
                    case var word when word.StartsWith("<<", StringComparison.Ordinal):
                        terminator = word[2..].Trim('\'', '"');
                        break;
                    case var word when word.StartsWith("http", StringComparison.Ordinal):
                        url = word;
                        break;
                    default:
                        Assert.Fail(
                            $"The README's curl has an option this test does not read: {words[i]}"
                        );
                        break;
                }
            }

            Assert.True(terminator is not null, "The curl command has no here-document body.");
            var body = lines.Skip(end + 1).TakeWhile(l => l != terminator).Select(l => l + "\n");
            return new Curl(method, url, headers, string.Concat(body));
        }

        public HttpRequestMessage ToRequest(
            string pathAndQuery,
            Dictionary<string, string> variables
        )
        {
            var request = new HttpRequestMessage(new HttpMethod(Method), pathAndQuery);
            string? contentType = null;
            foreach (var header in Headers)
            {
                var colon = header.IndexOf(':', StringComparison.Ordinal);
                var name = header[..colon].Trim();
                var value = variables.Aggregate(
                    header[(colon + 1)..].Trim(),
                    (v, variable) =>
                        v.Replace(variable.Key, variable.Value, StringComparison.Ordinal)
                );
                if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
                {
                    contentType = value;
                }
                else
                {
                    request.Headers.TryAddWithoutValidation(name, value);
                }
            }

            request.Content = new StringContent(Body, Encoding.UTF8);
            request.Content.Headers.Remove("Content-Type");
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            return request;
        }

        // The words of a shell command: spaces separate them, except inside single or double quotes.
        private static List<string> Words(string command)
        {
            var words = new List<string>();
            var word = new StringBuilder();
            char? quote = null;
            var any = false;
            foreach (var c in command)
            {
                if (quote is not null)
                {
                    if (c == quote)
                    {
                        quote = null;
                    }
                    else
                    {
                        word.Append(c);
                    }
                }
                else if (c is '\'' or '"')
                {
                    quote = c;
                    any = true;
                }
                else if (char.IsWhiteSpace(c))
                {
                    if (any || word.Length > 0)
                    {
                        words.Add(word.ToString());
                        word.Clear();
                        any = false;
                    }
                }
                else
                {
                    word.Append(c);
                }
            }

            if (any || word.Length > 0)
            {
                words.Add(word.ToString());
            }

            return words;
        }
    }

    [GeneratedRegex("```bash\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex BashBlocks();
}
