using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Careers.Docs.Tests;

/// <summary>
/// Every article links to the API pages of the SDK types it names: a code span that names a public type (<c>Upn</c>,
/// <c>Upn.Parse</c>, <c>Evaluation&lt;FundingAllocation&gt;</c>) needs an xref to that type or one of its members
/// somewhere in the article, at least at its first mention. DocFX checks that each xref resolves; this test checks
/// that there is one.
/// </summary>
public partial class ApiLinkTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    [GeneratedRegex(
        @"^(?<type>[A-Z][A-Za-z0-9]*)(?<generic><[^`]*>)?(\.[A-Za-z_][\w.]*)?(\(.*\))?\??$"
    )]
    private static partial Regex TypeMention();

    /// <summary>The public top-level types of the packages, by simple name; generic ones by name with a backtick.</summary>
    private static Dictionary<string, string> PublicTypes() =>
        Repository
            .Packages()
            .Select(name => Assembly.Load(new AssemblyName(name)))
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => !t.IsNested)
            .ToDictionary(
                t =>
                    t.IsGenericTypeDefinition
                        ? t.Name[..t.Name.IndexOf('`', StringComparison.Ordinal)] + "`"
                        : t.Name,
                t => t.FullName!,
                StringComparer.Ordinal
            );

    public static TheoryData<string> Articles() =>
        new(
            Directory
                .EnumerateFiles(Path.Combine(Repository.Docs, "articles"), "*.md")
                .Append(Path.Combine(Repository.Docs, "index.md"))
                .Select(Repository.Relative)
                .Order(StringComparer.Ordinal)
        );

    [Theory]
    [MemberData(nameof(Articles))]
    public void EveryTypeAnArticleNames_IsLinkedToItsApiPage(string article)
    {
        var types = PublicTypes();
        Assert.Contains("Upn", types.Keys);
        Assert.Contains("Evaluation`", types.Keys);

        var document = Markdown.Parse(
            File.ReadAllText(Path.Combine(Repository.Root, article)),
            Pipeline
        );
        var linked = document
            .Descendants<LinkInline>()
            .Select(l => l.Url)
            .Concat(document.Descendants<AutolinkInline>().Select(l => l.Url))
            .OfType<string>()
            .Where(url => url.StartsWith("xref:", StringComparison.Ordinal))
            .Select(url => Uri.UnescapeDataString(url["xref:".Length..]))
            .ToList();

        var unlinked = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var code in document.Descendants<CodeInline>())
        {
            if (code.FirstParent<HeadingBlock>() is not null)
            {
                continue;
            }

            var mention = TypeMention().Match(code.Content);
            if (!mention.Success)
            {
                continue;
            }

            var key = mention.Groups["type"].Value + (mention.Groups["generic"].Success ? "`" : "");
            if (!types.TryGetValue(key, out var uid))
            {
                continue;
            }

            if (!linked.Any(x => x == uid || x.StartsWith(uid + ".", StringComparison.Ordinal)))
            {
                unlinked.Add(
                    $"`{code.Content}` (link it: [`{code.Content}`](xref:{uid.Replace("`", "%60", StringComparison.Ordinal)}))"
                );
            }
        }

        Assert.True(
            unlinked.Count == 0,
            $"{article} names SDK types without linking to their API pages:\n"
                + string.Join("\n", unlinked)
        );
    }
}

internal static class MarkdigExtensions
{
    /// <summary>The nearest block of type <typeparamref name="T"/> that holds an inline, or null.</summary>
    public static T? FirstParent<T>(this Inline inline)
        where T : Block
    {
        var root = inline as ContainerInline ?? inline.Parent;
        while (root?.Parent is not null)
        {
            root = root.Parent;
        }

        for (Block? block = root?.ParentBlock; block is not null; block = block.Parent)
        {
            if (block is T found)
            {
                return found;
            }
        }

        return null;
    }
}
