using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Xunit;

namespace Careers.CareersLog.Tests;

public class CareersLogMigratorTests
{
    // A published schema never changes: a change is a new version. Pinning the bytes makes a change fail here.
    [Theory]
    [InlineData(1, "2AE1E93F9EF915681F4D8867E97C9DC1A7772A82AD76E5AD57EC69A91813497F")]
    [InlineData(2, "8258020F87A5EDC8861FA15022DE6B974A30DDFFCA90DC4123D76CFF059C08AC")]
    [InlineData(3, "35E54B64D0C5B2FEE53762CB634F8FC3CF4B8063B9F5E0A1A8CBDA9527EB6B3D")]
    public void PublishedSchemas_AreUnchanged(int version, string expected)
    {
        var bytes = File.ReadAllBytes(
            Path.Combine(
                LogSamples.Root,
                "docs",
                "schemas",
                "careers-log",
                $"v{version}.schema.json"
            )
        );
        Assert.Equal(expected, Convert.ToHexString(SHA256.HashData(bytes)));
    }

    [Fact]
    public void PackagedSchemas_AreThePublishedFiles_WithTheirOwnIds()
    {
        foreach (var version in CareersLogSchemas.Versions)
        {
            var published = File.ReadAllText(
                Path.Combine(
                    LogSamples.Root,
                    "docs",
                    "schemas",
                    "careers-log",
                    $"v{version}.schema.json"
                )
            );
            Assert.Equal(published, CareersLogSchemas.GetSchemaText(version));
            using var schema = System.Text.Json.JsonDocument.Parse(published);
            Assert.Equal(
                CareersLogSchemas.IdOf(version).ToString(),
                schema.RootElement.GetProperty("$id").GetString()
            );
            Assert.Equal(
                "https://json-schema.org/draft/2020-12/schema",
                schema.RootElement.GetProperty("$schema").GetString()
            );
        }

        Assert.Equal(
            CareersLogSchemas.Versions.Count,
            CareersLogSchemas.Versions.Select(CareersLogSchemas.IdOf).Distinct().Count()
        );
        Assert.Equal(
            [CareersLogSchemas.OldestVersion, CareersLogSchemas.CurrentVersion],
            new[] { CareersLogSchemas.Versions[0], CareersLogSchemas.Versions[^1] }
        );
        Assert.Throws<ArgumentOutOfRangeException>(() => CareersLogSchemas.GetSchemaText(0));
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            CareersLogSchemas.OpenSchema(CareersLogSchemas.CurrentVersion + 1)
        );
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void PublishedExamples_AreValidDocumentsOfTheirVersion(int version)
    {
        var example = File.ReadAllText(
            Path.Combine(
                LogSamples.Root,
                "docs",
                "schemas",
                "careers-log",
                "examples",
                $"v{version}.example.json"
            )
        );
        Assert.Empty(CareersLogValidator.Default.Validate(example));
        Assert.Contains($"\"schemaVersion\": {version}", example, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryVersionButTheCurrent_HasAStepToTheNext() =>
        Assert.Equal(
            Enumerable.Range(
                CareersLogSchemas.OldestVersion,
                CareersLogSchemas.CurrentVersion - CareersLogSchemas.OldestVersion
            ),
            CareersLogMigrator.StepVersions.Order()
        );

    [Theory]
    [InlineData("v1/valid/full-primary-to-secondary.json", 2)]
    [InlineData("v1/valid/full-primary-to-secondary.json", 3)]
    [InlineData("v2/valid/full-primary-to-secondary.json", 3)]
    public void Migrate_StepsForward_WithEverythingElseAsItWas(string fixture, int target)
    {
        var v1 = LogSamples.Fixture(fixture);
        var migrated = CareersLogMigrator.Migrate(v1, target).GetResultOrThrow();
        using var before = System.Text.Json.JsonDocument.Parse(v1);
        using var after = System.Text.Json.JsonDocument.Parse(migrated);
        Assert.Equal(target, after.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.Empty(CareersLogValidator.Default.Validate(migrated));
        Assert.Contains("Parents' careers breakfast", migrated, StringComparison.Ordinal);
        foreach (
            var property in before
                .RootElement.EnumerateObject()
                .Where(p => p.Name != "schemaVersion")
        )
        {
            Assert.True(
                System.Text.Json.Nodes.JsonNode.DeepEquals(
                    System.Text.Json.Nodes.JsonNode.Parse(property.Value.GetRawText()),
                    System.Text.Json.Nodes.JsonNode.Parse(
                        after.RootElement.GetProperty(property.Name).GetRawText()
                    )
                ),
                property.Name
            );
        }
    }

    [Fact]
    public void Migrate_ByDefault_GoesToTheCurrentVersion_ThroughEveryStep()
    {
        var v1 = LogSamples.Fixture("v1/valid/full-primary-to-secondary.json");
        var direct = CareersLogMigrator.Migrate(v1).GetResultOrThrow();
        var stepwise = CareersLogMigrator
            .Migrate(CareersLogMigrator.Migrate(v1, 2).GetResultOrThrow())
            .GetResultOrThrow();
        Assert.Equal(direct, stepwise);
        Assert.Contains(
            $"\"schemaVersion\": {CareersLogSchemas.CurrentVersion},",
            direct,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Migrate_ToTheSameVersion_ReturnsTheDocument()
    {
        var v1 = LogSamples.Fixture("v1/valid/minimal-pseudonymous.json");
        var same = CareersLogMigrator.Migrate(v1, targetVersion: 1).GetResultOrThrow();
        Assert.Contains("\"schemaVersion\": 1", same, StringComparison.Ordinal);
    }

    [Fact]
    public void Migrate_Backwards_IsAProblem_NotASilentDowngrade()
    {
        var result = CareersLogMigrator.Migrate(
            LogSamples.Fixture("v2/valid/minimal-pseudonymous.json"),
            targetVersion: 1
        );
        var problem = Assert.Single(result.Problems);
        Assert.Equal(("log.schema-version", "/schemaVersion"), (problem.Code, problem.Path));
        Assert.Contains("only run forward", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Migrate_AnInvalidDocument_ReportsItsProblems()
    {
        var result = CareersLogMigrator.Migrate(
            LogSamples.Fixture("v1/invalid/skill-step-16.json")
        );
        Assert.Equal("schema.maximum", Assert.Single(result.Problems).Code);
        Assert.Equal(
            "log.too-large",
            Assert
                .Single(
                    CareersLogMigrator
                        .Migrate("{}", options: new CareersLogReadOptions { MaxDocumentBytes = 1 })
                        .Problems
                )
                .Code
        );
    }

    [Fact]
    public void Migrate_RefusesAnUnknownTarget()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            CareersLogMigrator.Migrate("{}", targetVersion: CareersLogSchemas.CurrentVersion + 1)
        );
        Assert.Throws<ArgumentNullException>(() => CareersLogMigrator.Migrate(null!));
    }

    [Fact]
    public void Forward_FailsLoudly_WhenAStepWouldWriteAnInvalidDocument()
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse("{\"schemaVersion\": 1}")!.AsObject();
        var error = Assert.Throws<InvalidOperationException>(() =>
            CareersLogMigrator.Forward(node, 1, 2)
        );
        Assert.Contains("version 2", error.Message, StringComparison.Ordinal);
    }
}
