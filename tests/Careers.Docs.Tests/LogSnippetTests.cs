using System.IO;
using System.Linq;
using Careers.CareersLog;
using Careers.Snippets;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Careers.Docs.Tests;

/// <summary>The careers-log article states values in its code comments; these runs hold it to them.</summary>
public class LogSnippetTests
{
    [Fact]
    public void StartWriteRead_WritesVersionThree_AndReadsBackAnEqualLog()
    {
        var (json, log) = LogSnippets.StartWriteRead();
        Assert.Contains("\"schemaVersion\": 3", json, System.StringComparison.Ordinal);
        Assert.Contains("\"dateOfBirth\": \"2013-05-14\"", json, System.StringComparison.Ordinal);
        Assert.Equal(3, log.Entries.Count);
    }

    [Fact]
    public void Validate_ReportsTheFourProblemsTheArticleLists() =>
        Assert.Equal(
            [
                ("schema.maximum", "/entries/0/step", "Must be at most 15; found 16."),
                (
                    "schema.format",
                    "/entries/1/date",
                    "'2023-02-30' is not a date in the form yyyy-MM-dd."
                ),
                ("schema.anyOf", "/entries/1/sectors/0", "'Sport' is not a sector code."),
                (
                    "rule.duplicate-entry-id",
                    "/entries/1/id",
                    "Entry 0 already has the id 'e1'; ids are unique in a log."
                ),
            ],
            LogSnippets.Validate().Select(p => (p.Code, p.Path, p.Message))
        );

    [Fact]
    public void Transfer_AddsThreeEntriesAndASchool_ThenChangesNothing()
    {
        var (first, second) = LogSnippets.Transfer();
        Assert.Equal(3, first.Added.Count);
        Assert.Equal(1, first.SchoolsAdded);
        Assert.False(second.Changed);
        Assert.Equal(3, second.Unchanged.Count);
    }

    [Fact]
    public void BuildOn_ShowsTheSkillGained_AndTheEncounterCounted() =>
        Assert.Equal((3, 1), LogSnippets.BuildOn());

    [Fact]
    public void Migrate_UpgradesThePublishedVersionOneExample()
    {
        var v1 = File.ReadAllText(
            Path.Combine(Repository.Docs, "schemas", "careers-log", "examples", "v1.example.json")
        );
        Assert.Contains(
            "\"schemaVersion\": 3",
            LogSnippets.Migrate(v1),
            System.StringComparison.Ordinal
        );
    }

    [Fact]
    public void Register_AddsOneValidator_WithTheLimitTheArticleSets()
    {
        var services = LogSnippets.Register(LogSnippets.Register(new ServiceCollection()));
        var registered = Assert.Single(services, d => d.ServiceType == typeof(CareersLogValidator));
        Assert.Equal(
            256 * 1024,
            Assert.IsType<CareersLogValidator>(registered.ImplementationInstance).MaxDocumentBytes
        );
    }
}
