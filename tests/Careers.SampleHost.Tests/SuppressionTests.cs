using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Claims;
using Careers.Kpi;
using Careers.SampleHost.Api;
using Careers.SampleHost.Security;

namespace Careers.SampleHost.Tests;

/// <summary>
/// Small-number suppression of entitlement summaries: what each role sees, and that what is hidden cannot be worked
/// out from what is shown.
/// </summary>
public sealed class SuppressionTests
{
    private static readonly string[] Statuses = ["Met", "OnTrack", "AtRisk", "NotMet"];

    // A 685-pupil school in March: nobody is "not met" (the window is open), and each half of the disadvantaged
    // split has two pupils at risk. Before, the analyst's view hid the zero "not met" beside each 2, which protected
    // nothing (it is known to be zero), and cascaded through the split.
    private static EntitlementSummaryDto School685() =>
        new(
            "sec-685",
            "2025-03-01",
            "test",
            Counts(685, 60 + 300, 88 + 233, 2 + 2, 0),
            new Dictionary<string, IReadOnlyDictionary<string, StatusCountsDto>>
            {
                ["disadvantaged"] = new Dictionary<string, StatusCountsDto>
                {
                    ["Yes"] = Counts(150, 60, 88, 2, 0),
                    ["No"] = Counts(535, 300, 233, 2, 0),
                },
            },
            true,
            []
        );

    [Fact]
    public void ASchool_SeesItsOwnFiguresWhole()
    {
        var school = Principal(ApiRole.School, "sec-685");

        var summary = School685();

        Assert.Null(school.SuppressionFor());
        Assert.Same(summary, summary.For(school));
    }

    [Fact]
    public void AnAnalyst_SeesNoZeroHidden_AndNothingThatCanBeWorkedOut()
    {
        var seen = School685().For(Principal(ApiRole.Analyst, null));
        var yes = seen.Breakdowns["disadvantaged"]["Yes"];

        Assert.Null(yes.AtRisk); // 2: small
        Assert.Equal(0, yes.NotMet); // a zero is never hidden: it would protect nothing
        Assert.Null(yes.Met); // the smallest number that is not zero protects the 2
        Assert.Equal(150, yes.InScope);
        Assert.Null(yes.PercentMetOrOnTrack); // a percentage is a sum too
        AssertNothingDerivable(School685(), seen);
    }

    // Random summaries of one breakdown, with the zeros a real summary has (whole columns of zeros): whatever is
    // hidden, no sum the response shows has exactly one hidden number that is not zero, no zero is hidden except in a
    // small group's row, and no row with a hidden count shows a percentage.
    [Fact]
    public void RandomSummaries_NothingHiddenCanBeWorkedOut()
    {
        var random = new Random(831);
        for (var n = 0; n < 2000; n++)
        {
            var groups = random.Next(1, 6);
            var zeroColumn = random.Next(-1, 4);
            var rows = Enumerable
                .Range(0, groups)
                .Select(_ =>
                    Enumerable
                        .Range(0, 4)
                        .Select(c =>
                            c == zeroColumn ? 0
                            : random.Next(3) == 0 ? random.Next(0, 4)
                            : random.Next(0, 60)
                        )
                        .ToArray()
                )
                .ToArray();
            var summary = new EntitlementSummaryDto(
                "random",
                "2025-03-01",
                "test",
                Counts(
                    rows.Sum(r => r.Sum()) + random.Next(0, 3),
                    rows.Sum(r => r[0]),
                    rows.Sum(r => r[1]),
                    rows.Sum(r => r[2]),
                    rows.Sum(r => r[3])
                ),
                new Dictionary<string, IReadOnlyDictionary<string, StatusCountsDto>>
                {
                    ["group"] = rows.Select((r, i) => (r, i))
                        .ToDictionary(
                            x =>
                                "g"
                                + x.i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                            x => Counts(x.r.Sum(), x.r[0], x.r[1], x.r[2], x.r[3])
                        ),
                },
                true,
                []
            );

            AssertNothingDerivable(summary, summary.Suppress(SuppressionRule.Pupils));
        }
    }

    private static void AssertNothingDerivable(
        EntitlementSummaryDto whole,
        EntitlementSummaryDto seen
    )
    {
        var rows = new List<(StatusCountsDto Whole, StatusCountsDto Seen)>
        {
            (whole.Overall, seen.Overall),
        };
        foreach (var (breakdown, groups) in whole.Breakdowns)
        {
            rows.AddRange(groups.Select(g => (g.Value, seen.Breakdowns[breakdown][g.Key])));
        }

        static int?[] Cells(StatusCountsDto c) => [c.InScope, c.Met, c.OnTrack, c.AtRisk, c.NotMet];
        foreach (var (w, s) in rows)
        {
            var all = Cells(w);
            var shown = Cells(s);
            var smallGroup = w.InScope is > 0 and < 6 || w.Total is > 0 and < 6;
            // The row's sum: in scope = the four statuses.
            Assert.NotEqual(1, Enumerable.Range(0, 5).Count(c => shown[c] is null && all[c] > 0));
            Assert.True(
                smallGroup || Enumerable.Range(0, 5).All(c => shown[c] is not null || all[c] > 0),
                "a zero was hidden"
            );
            if (shown.Any(c => c is null))
            {
                Assert.Null(s.PercentMet);
                Assert.Null(s.PercentMetOrOnTrack);
            }
        }

        // Each column's sum: the overall row = the breakdown's groups.
        for (var c = 0; c < 5; c++)
        {
            var column = rows.Select(r => (Whole: Cells(r.Whole)[c], Shown: Cells(r.Seen)[c]));
            Assert.NotEqual(1, column.Count(x => x.Shown is null && x.Whole > 0));
        }
    }

    private static StatusCountsDto Counts(int total, int met, int onTrack, int atRisk, int notMet)
    {
        var inScope = met + onTrack + atRisk + notMet;
        return new StatusCountsDto(
            Math.Max(total, inScope),
            inScope,
            met,
            onTrack,
            atRisk,
            notMet,
            inScope == 0 ? null : Math.Round(100m * met / inScope, 1),
            inScope == 0 ? null : Math.Round(100m * (met + onTrack) / inScope, 1)
        );
    }

    private static ClaimsPrincipal Principal(ApiRole role, string? school)
    {
        var identity = new ClaimsIdentity("test");
        identity.AddClaim(new Claim(ClaimTypes.Role, role.ToString()));
        if (school is not null)
        {
            identity.AddClaim(new Claim(ApiKeyAuthenticationHandler.InstitutionClaim, school));
        }

        return new ClaimsPrincipal(identity);
    }
}
