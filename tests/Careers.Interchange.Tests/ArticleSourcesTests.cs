using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using NodaTime;

namespace Careers.Interchange.Tests;

/// <summary>
/// Every element the package writes (and so reads) has a row in the article's sources table, which names the
/// specification section it belongs to and where its spelling comes from: an element added without a source fails.
/// </summary>
public sealed class ArticleSourcesTests
{
    private const string SectionHeading = "### Where the element names come from";

    [Fact]
    public void EveryElementWritten_IsInTheSourcesTable()
    {
        var xml = CtfWriter.WriteToString(CtfSamples.Header(), [FullPupil()]);
        var names = XDocument
            .Parse(xml)
            .Descendants()
            .Select(e => e.Name.LocalName)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var sourced = SourcedNames(SourcesSection());

        var missing = names.Where(n => !sourced.Contains(n)).ToList();

        Assert.True(names.Count > 30, $"Only {names.Count} elements were written.");
        Assert.True(
            missing.Count == 0,
            "Elements with no source in docs/articles/interchange.md: " + string.Join(", ", missing)
        );
    }

    [Fact]
    public void TheSourcesTable_CitesTheSpecificationSections()
    {
        // The article wraps its lines: compare with every run of white space as one space.
        var sources = System.Text.RegularExpressions.Regex.Replace(SourcesSection(), @"\s+", " ");

        foreach (
            var section in new[]
            {
                "2.6 Message header",
                "4.3.1 Header",
                "3.1.3 Pupil identifiers",
                "3.1.4 Basic details",
                "3.1.5 Free school meal eligibility",
                "3.1.7 Looked after children",
                "3.1.8 Service Children",
                "3.1.9 SEN",
                "3.1.14 School History and Schools Record",
                "4.3.2 Pupil data",
            }
        )
        {
            Assert.Contains(section, sources, StringComparison.Ordinal);
        }
    }

    private static CtfPupil FullPupil() =>
        new(CtfSamples.Upn1, new LocalDate(2009, 10, 2))
        {
            FormerUpn = CtfSamples.Former,
            Sex = Sex.Female,
            NcYearActual = "6",
            Ethnicity = "AIND",
            FirstLanguage = "PNJ",
            LookedAfter = true,
            FreeSchoolMeals =
            [
                new CtfFsmPeriod(new LocalDate(2016, 1, 4), new LocalDate(2017, 3, 31)),
            ],
            SenHistory = [new CtfSenRecord(new LocalDate(2018, 9, 5), SenProvision.SenSupport)],
            SchoolHistory =
            [
                new CtfSchoolHistoryEntry(LaEstab.Parse("8303002"))
                {
                    Name = "Old Infant School",
                    Entry = new LocalDate(2014, 9, 3),
                    Leaving = new LocalDate(2017, 7, 21),
                },
            ],
        };

    /// <summary>The names in code spans (<c>`SENhistory/SEN`</c> gives both), as the table writes paths.</summary>
    private static HashSet<string> SourcedNames(string section) =>
        new(
            section
                .Split('`')
                .Where((_, i) => i % 2 == 1)
                .SelectMany(span => span.Split('/'))
                .Select(name => name.Trim()),
            StringComparer.Ordinal
        );

    private static string SourcesSection()
    {
        var article = File.ReadAllText(Article());
        var start = article.IndexOf(SectionHeading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"The article has no \"{SectionHeading}\" section.");
        var end = article.IndexOf("\n## ", start, StringComparison.Ordinal);
        return end < 0 ? article.Substring(start) : article.Substring(start, end - start);
    }

    private static string Article()
    {
        for (
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            dir is not null;
            dir = dir.Parent
        )
        {
            var path = Path.Combine(dir.FullName, "docs", "articles", "interchange.md");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new InvalidOperationException(
            "docs/articles/interchange.md was not found above the test's folder."
        );
    }
}
