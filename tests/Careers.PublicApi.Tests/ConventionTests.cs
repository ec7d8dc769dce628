using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;

namespace Careers.PublicApi.Tests;

/// <summary>
/// The conventions of docs/articles/conventions.md that a machine can check, on every package's net10.0 build: the
/// names of roles, one result shape, one dependency-injection extension per package.
/// </summary>
public class ConventionTests
{
    private static readonly string[] RetiredSuffixes =
    [
        "Scorer",
        "Calculator",
        "Allocator",
        "Engine",
        "Manager",
    ];

    public static TheoryData<string> Packages()
    {
        var data = new TheoryData<string>();
        foreach (
            var package in Directory
                .GetDirectories(Path.Combine(Metadata("RepoRoot"), "src"))
                .Where(d => File.Exists(Path.Combine(d, Path.GetFileName(d) + ".csproj")))
                .Select(d => Path.GetFileName(d)!)
                .Order(StringComparer.Ordinal)
        )
        {
            data.Add(package);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void NoPublicType_EndsInARetiredRoleName(string package)
    {
        var offending = PublicTypes(package)
            .Where(t => RetiredSuffixes.Any(s => Name(t).EndsWith(s, StringComparison.Ordinal)))
            .Select(t => t.FullName)
            .ToArray();

        Assert.True(offending.Length == 0, "Rename to …Evaluator: " + string.Join(", ", offending));
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void EveryEvaluator_IsSealed_AndAnswersWithEvaluation(string package)
    {
        foreach (
            var evaluator in PublicTypes(package)
                .Where(t => Name(t).EndsWith("Evaluator", StringComparison.Ordinal))
        )
        {
            Assert.True(
                evaluator.IsSealed && !evaluator.IsAbstract,
                $"{evaluator} is not a sealed class."
            );
            Assert.True(
                evaluator
                    .GetMethods(
                        BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly
                    )
                    .Any(m => IsEvaluation(m.ReturnType)),
                $"{evaluator} has no operation that returns Evaluation<T>."
            );
        }
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void OneResultShape_OnlyEvaluationCarriesSuccessAndProblems(string package)
    {
        var shapes = PublicTypes(package)
            .Where(t => !IsEvaluation(t))
            .Where(t =>
                t.GetProperty("Success", BindingFlags.Public | BindingFlags.Instance) is not null
                && t.GetProperty("Problems", BindingFlags.Public | BindingFlags.Instance)
                    is not null
            )
            .Select(t => t.FullName)
            .ToArray();

        Assert.True(
            shapes.Length == 0,
            "Return Evaluation<T> instead: " + string.Join(", ", shapes)
        );
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void EveryPackage_HasOneAddCareersExtension_InTheDependencyInjectionNamespace(
        string package
    )
    {
        var expected =
            package.Replace(".", "", StringComparison.Ordinal) + "ServiceCollectionExtensions";
        var extensions = PublicTypes(package)
            .Where(t => t.Namespace == "Microsoft.Extensions.DependencyInjection")
            .ToArray();

        var type = Assert.Single(extensions);
        Assert.Equal(expected, type.Name);
        Assert.True(type.IsAbstract && type.IsSealed, $"{type} is not a static class.");
        var adds = type.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Select(m => m.Name)
            .Distinct()
            .ToArray();
        Assert.NotEmpty(adds);
        Assert.All(adds, name => Assert.StartsWith("AddCareers", name, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void EveryBuilder_BuildsAnEvaluation_SoAnInvalidRuleSetNeverExists(string package)
    {
        var builders = PublicTypes(package)
            .Where(t => Name(t).EndsWith("Builder", StringComparison.Ordinal))
            .ToArray();
        foreach (var builder in builders)
        {
            var build = builder.GetMethod(
                "Build",
                BindingFlags.Public | BindingFlags.Instance,
                Type.EmptyTypes
            );
            Assert.True(build is not null, $"{builder} has no Build().");
            Assert.True(
                IsEvaluation(build!.ReturnType),
                $"{builder}.Build() returns {build.ReturnType}, not Evaluation<T>."
            );
        }
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void EveryPublicType_IsInAFileOfItsOwnName(string package)
    {
        // Top-level declarations start in column 0 (file-scoped namespaces); Name.cs, a partial Name.Part.cs, or
        // NameOfT.cs for a generic type whose plain name is taken.
        var declaration = new System.Text.RegularExpressions.Regex(
            @"^public\s+(?:(?:static|sealed|abstract|readonly|partial|ref)\s+)*(?:(?:class|record|struct|interface|enum)\s+(?:(?:struct|class)\s+)?|delegate\s+\S+\s+)(\w+)",
            System.Text.RegularExpressions.RegexOptions.Multiline
        );
        var root = Path.Combine(Metadata("RepoRoot"), "src", package);
        var misplaced = new List<string>();
        var declared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file);
            if (
                relative.StartsWith("bin", StringComparison.Ordinal)
                || relative.StartsWith("obj", StringComparison.Ordinal)
            )
            {
                continue;
            }

            var fileName = Path.GetFileNameWithoutExtension(file);
            foreach (
                System.Text.RegularExpressions.Match match in declaration.Matches(
                    File.ReadAllText(file)
                )
            )
            {
                var type = match.Groups[1].Value;
                declared.Add(type);
                if (
                    fileName != type
                    && !fileName.StartsWith(type + ".", StringComparison.Ordinal)
                    && fileName != type + "OfT"
                )
                {
                    misplaced.Add($"{type} in {relative}");
                }
            }
        }

        Assert.True(
            misplaced.Count == 0,
            "Move to a file of its own: " + string.Join(", ", misplaced)
        );
        // The scan sees every public top-level type the compiler exported, so a declaration it cannot read fails here.
        var unseen = PublicTypes(package)
            .Where(t => !t.IsNested && !declared.Contains(Name(t)))
            .Select(t => t.FullName)
            .ToArray();
        Assert.True(unseen.Length == 0, "Not found by the file scan: " + string.Join(", ", unseen));
    }

    private static bool IsEvaluation(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition().FullName == "Careers.Evaluation`1";

    private static string Name(Type type) => type.Name.Split('`')[0];

    private static readonly Dictionary<string, Type[]> Loaded = new(StringComparer.Ordinal);

    private static Type[] PublicTypes(string package)
    {
        lock (Loaded)
        {
            if (!Loaded.TryGetValue(package, out var types))
            {
                var directory = Path.Combine(
                    Metadata("RepoRoot"),
                    "src",
                    package,
                    "bin",
                    Metadata("Configuration"),
                    "net10.0"
                );
                // The package and the packages it references, from its own build folder; NuGet dependencies from the
                // test's own (it references each package's dependencies).
                var context = new AssemblyLoadContext(package);
                context.Resolving += (c, name) =>
                {
                    var path = Path.Combine(directory, name.Name + ".dll");
                    return File.Exists(path) ? c.LoadFromAssemblyPath(path) : null;
                };
                types = context
                    .LoadFromAssemblyPath(Path.Combine(directory, package + ".dll"))
                    .GetExportedTypes();
                Loaded[package] = types;
            }

            return types;
        }
    }

    private static string Metadata(string key) =>
        typeof(ConventionTests)
            .Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == key)
            .Value!;
}
