using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Careers.DocsSite.Tests;

/// <summary>
/// Every API page has its summary: each type and member in the metadata DocFX generated (docs/api) has a summary, and
/// each namespace page has one from docs/namespaces. The compiler's CS1591 only sees members with no comment at all;
/// this also catches an empty <c>&lt;summary/&gt;</c> and an <c>&lt;inheritdoc/&gt;</c> that found nothing.
/// </summary>
public sealed partial class ApiPageTests
{
    [GeneratedRegex(
        @"<div class=""markdown level0 summary"">(?<text>.*?)</div>",
        RegexOptions.Singleline
    )]
    private static partial Regex NamespaceSummary();

    [Fact]
    public void EveryTypeMemberAndNamespace_HasASummary()
    {
        var site = Repository.BuiltSite();
        var metadata = Path.Combine(Repository.Docs, "api");
        var files = Directory
            .GetFiles(metadata, "*.yml")
            .Where(f => Path.GetFileName(f) != "toc.yml")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(files.Count > 100, $"only {files.Count} API files in {metadata}");

        var problems = new List<string>();
        var items = 0;
        foreach (var file in files)
        {
            foreach (var item in Items(File.ReadAllLines(file)))
            {
                items++;
                if (item.Type == "Namespace")
                {
                    // A namespace's summary comes from docs/namespaces/<uid>.md, applied when the page is built.
                    var page = Path.Combine(site, "api", item.Uid + ".html");
                    var summary = File.Exists(page)
                        ? NamespaceSummary().Match(File.ReadAllText(page))
                        : null;
                    if (
                        summary is not { Success: true }
                        || summary.Groups["text"].Value.Trim().Length == 0
                    )
                    {
                        problems.Add(
                            $"namespace {item.Uid}: no summary (write docs/namespaces/{item.Uid}.md)"
                        );
                    }
                }
                else if (!item.HasSummary)
                {
                    problems.Add($"{item.Type} {item.Uid}: no summary ({Path.GetFileName(file)})");
                }
            }
        }

        Assert.True(items > 1000, $"only {items} API items");
        Assert.Empty(problems);
    }

    private sealed record Item(string Uid, string Type, bool HasSummary);

    /// <summary>The items of a ManagedReference file: each "- uid:" block before "references:".</summary>
    private static IEnumerable<Item> Items(string[] lines)
    {
        var end = Array.IndexOf(lines, "references:");
        var body = end < 0 ? lines : lines[..end];
        var starts = Enumerable
            .Range(0, body.Length)
            .Where(i => body[i].StartsWith("- uid: ", StringComparison.Ordinal))
            .Append(body.Length)
            .ToList();
        for (var k = 0; k < starts.Count - 1; k++)
        {
            var block = body[starts[k]..starts[k + 1]];
            var uid = block[0]["- uid: ".Length..].Trim();
            var type =
                block
                    .Where(l => l.StartsWith("  type: ", StringComparison.Ordinal))
                    .Select(l => l["  type: ".Length..].Trim())
                    .FirstOrDefault()
                ?? "";
            var at = Array.FindIndex(
                block,
                l => l.StartsWith("  summary:", StringComparison.Ordinal)
            );
            var hasSummary = false;
            if (at >= 0)
            {
                var inline = block[at]["  summary:".Length..].Trim().Trim('"', '\'');
                // A block scalar (">-", "|") continues on the lines indented under it.
                hasSummary =
                    inline.Length > 0 && !inline.StartsWith('>') && !inline.StartsWith('|')
                    || block
                        .Skip(at + 1)
                        .TakeWhile(l =>
                            l.StartsWith("    ", StringComparison.Ordinal) || l.Trim().Length == 0
                        )
                        .Any(l => l.Trim().Length > 0);
            }

            yield return new Item(uid, type, hasSummary);
        }
    }
}
