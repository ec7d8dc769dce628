using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;

namespace Careers.Gatsby.Tests;

/// <summary>
/// Every framework's data — titles, summaries, criterion texts and sources, requirements, meaningful definitions — as
/// one approved text. A change to any of it fails here until the approved file is updated, and a change to a
/// criterion or requirement must come with a new <see cref="GatsbyFramework.Version"/>.
/// </summary>
public class FrameworkSnapshotTests
{
    [Fact]
    public void FrameworkData_MatchesTheApprovedSnapshot()
    {
        var text = new StringBuilder();
        foreach (var framework in GatsbyFramework.All)
        {
            text.AppendLine(
                $"# {framework} | {framework.Edition} | {framework.Audience} | {framework.Title} | {framework.Source} | in force {framework.InForceFrom:yyyy-MM-dd}"
            );
            var m = framework.Meaningful;
            text.AppendLine(
                $"meaningful: B5 [{m.EmployerEncounter}] B6 [{m.WorkplaceExperience}] B7 [{m.ProviderEncounter}] ({m.Source})"
            );
            foreach (var benchmark in framework.Benchmarks)
            {
                text.AppendLine($"## {benchmark}: {benchmark.Summary}");
                foreach (var c in benchmark.Criteria)
                {
                    var r = c.Requirement;
                    var requirement = r is null
                        ? "declared"
                        : $"{r.Kind} min {r.MinimumCount} age {r.DeadlineAge} end-of-programme {r.ByEndOfProgramme} curriculum {r.MinimumThroughCurriculumArea} groups [{string.Join(",", r.ProviderGroups)}] considering-HE {r.OnlyLearnersConsideringHigherEducation} qualified-adviser {r.RequiresQualifiedAdviser}";
                    text.AppendLine(
                        $"- {c.Id} ({(c.IsQuoted ? "quoted" : "summary")}; {requirement}; {c.Source}): {c.Text}"
                    );
                }
            }
        }

        var actual = text.ToString().ReplaceLineEndings("\n");
        var root = typeof(FrameworkSnapshotTests)
            .Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepoRoot")
            .Value!;
        var approved = Path.Combine(
            root,
            "tests",
            "Careers.Gatsby.Tests",
            "approved",
            "frameworks.approved.txt"
        );
        if (Environment.GetEnvironmentVariable("CAREERS_ACCEPT_API") == "1")
        {
            File.WriteAllText(approved, actual);
        }

        Assert.True(
            File.Exists(approved),
            $"{approved} is missing; run the tests with CAREERS_ACCEPT_API=1 to create it."
        );
        Assert.Equal(File.ReadAllText(approved).ReplaceLineEndings("\n"), actual);
    }
}
