using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Careers.Docs.Tests;

/// <summary>
/// Every code sample of an article compiles when pasted into a new console app that references the packages and
/// nothing else: the usings the article shows (the <c>usings</c> region of the snippet file, included before its first
/// sample) and the regions it includes, as a top-level program with no implicit usings, against the .NET libraries, the
/// SDK's packages and what they bring with them. The snippet project itself lives in namespace <c>Careers.Snippets</c>,
/// where <c>using Careers;</c> is not needed, so only this test finds a missing one.
/// </summary>
public partial class SampleCompileTests
{
    private const string UsingsRegion = "usings";

    [GeneratedRegex(@"\[!code-csharp\[[^\]]*\]\((?<path>[^)#\s]+)#(?<region>[^)\s]+)\)\]")]
    private static partial Regex CodeInclude();

    /// <summary>The snippet files quoted as console code: the samples of the packages (not the sample host, a web app).</summary>
    private static bool IsConsoleSample(string file) =>
        Repository
            .Relative(file)
            .Replace('\\', '/')
            .StartsWith("samples/Careers.Snippets/", StringComparison.Ordinal);

    public static TheoryData<string> Articles() =>
        new(
            Directory
                .EnumerateFiles(Path.Combine(Repository.Docs, "articles"), "*.md")
                .Where(a => Includes(a).Any(i => IsConsoleSample(i.File)))
                .Select(Repository.Relative)
                .Order(StringComparer.Ordinal)
        );

    [Theory]
    [MemberData(nameof(Articles))]
    public void EverySample_CompilesInANewConsoleApp_WithTheUsingsTheArticleShows(string article)
    {
        var problems = new List<string>();
        foreach (
            var file in Includes(Path.Combine(Repository.Root, article))
                .Where(i => IsConsoleSample(i.File))
                .GroupBy(i => i.File)
        )
        {
            var name = Repository.Relative(file.Key).Replace('\\', '/');
            var includes = file.ToList();
            if (includes[0].Region != UsingsRegion)
            {
                problems.Add(
                    $"{article}: include the '{UsingsRegion}' region of {name} before its first sample "
                        + $"([!code-csharp[](../../{name}#{UsingsRegion})]), so that a reader sees the usings"
                );
                continue;
            }

            problems.AddRange(Compile(Program(file.Key)).Select(d => $"{article}: {name}: {d}"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void AMissingUsing_IsFound()
    {
        var program = "static object Parse(string upn) => Upn.Parse(upn);\n";
        Assert.Contains(
            Compile(program),
            e =>
                e.Contains("CS0103", StringComparison.Ordinal)
                && e.Contains("Upn", StringComparison.Ordinal)
        );
        Assert.Empty(Compile("using Careers;\n" + program));
    }

    /// <summary>
    /// The samples of a snippet file as a reader's console app: the usings the article shows, then every method of the
    /// file (whose regions are the samples; the rest is what the reader's own code or an earlier sample holds) as a
    /// local function of a top-level program, then the reader's own types the samples stand for (such as an MIS's
    /// pupil entity). Outside namespace <c>Careers.Snippets</c>, nothing of namespace <c>Careers</c> is in scope
    /// unless the usings bring it.
    /// </summary>
    private static string Program(string file)
    {
        var root = CSharpSyntaxTree.ParseText(File.ReadAllText(file)).GetRoot();
        var program = new StringBuilder(Snippets.Region(file, UsingsRegion)).Append('\n');
        foreach (var method in root.DescendantNodes().OfType<MethodDeclarationSyntax>())
        {
            var modifiers = SyntaxFactory.TokenList(
                method.Modifiers.Where(m =>
                    m.IsKind(SyntaxKind.StaticKeyword) || m.IsKind(SyntaxKind.AsyncKeyword)
                )
            );
            program
                .Append(method.WithoutLeadingTrivia().WithModifiers(modifiers).ToFullString())
                .Append('\n');
        }

        foreach (
            var type in root.DescendantNodes()
                .OfType<TypeDeclarationSyntax>()
                .Where(t =>
                    t.Parent is TypeDeclarationSyntax && !t.Modifiers.Any(SyntaxKind.StaticKeyword)
                )
        )
        {
            program.Append(type.WithoutLeadingTrivia().ToFullString()).Append('\n');
        }

        return program.ToString();
    }

    private static IEnumerable<string> Compile(string program)
    {
        var compilation = CSharpCompilation.Create(
            "Pasted",
            [CSharpSyntaxTree.ParseText(program, new CSharpParseOptions(LanguageVersion.Latest))],
            References.Value,
            new CSharpCompilationOptions(
                OutputKind.ConsoleApplication,
                nullableContextOptions: NullableContextOptions.Enable
            )
        );
        return compilation
            .GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d =>
                $"line {d.Location.GetLineSpan().StartLinePosition.Line + 1}: {d.Id} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}"
            );
    }

    /// <summary>
    /// What a console app that references the packages compiles against: the .NET libraries, the packages, and the
    /// assemblies they reference in turn (NodaTime, Ardalis.Specification, Microsoft.Extensions.DependencyInjection
    /// abstractions). Not the snippets, not the test's own packages.
    /// </summary>
    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(() =>
    {
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var paths = Directory
            .GetFiles(framework, "*.dll")
            .Where(IsManaged)
            .ToHashSet(StringComparer.Ordinal);
        var frameworkNames = paths
            .Select(Path.GetFileNameWithoutExtension)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var pending = new Queue<string>(Repository.Packages());
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (pending.Count > 0)
        {
            var name = pending.Dequeue();
            if (!seen.Add(name) || frameworkNames.Contains(name))
            {
                continue;
            }

            var path = Path.Combine(AppContext.BaseDirectory, name + ".dll");
            if (!File.Exists(path))
            {
                continue;
            }

            paths.Add(path);
            foreach (var reference in ReferencedNames(path))
            {
                pending.Enqueue(reference);
            }
        }

        Assert.Contains(paths, p => Path.GetFileName(p) == "NodaTime.dll");
        return paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
    });

    private static IEnumerable<string> ReferencedNames(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(reader);
        return metadata
            .AssemblyReferences.Select(h =>
                metadata.GetString(metadata.GetAssemblyReference(h).Name)
            )
            .ToList();
    }

    private static bool IsManaged(string path)
    {
        try
        {
            AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    private sealed record Include(string File, string Region);

    private static List<Include> Includes(string article) =>
        CodeInclude()
            .Matches(File.ReadAllText(article))
            .Select(m => new Include(
                Path.GetFullPath(
                    Path.Combine(Path.GetDirectoryName(article)!, m.Groups["path"].Value)
                ),
                m.Groups["region"].Value
            ))
            .ToList();
}
