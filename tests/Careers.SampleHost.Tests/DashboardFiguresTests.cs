using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http.Json;
using System.Threading.Tasks;
using Careers.Encounters;
using Careers.Kpi;
using Careers.SampleHost.Analytics;
using Careers.SampleHost.Api;
using Careers.SampleHost.Data;
using Careers.SampleHost.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Careers.SampleHost.Tests;

/// <summary>
/// The figures the dashboard adds to <see cref="AreaAnalytics"/>: provider access for the whole area must judge each
/// school as the provider access endpoint does, and the equity gaps must hold their intervals and suppress small
/// groups on both sides.
/// </summary>
public sealed class DashboardFiguresTests(DashboardHost host) : IClassFixture<DashboardHost>
{
    [Fact]
    public async Task ProviderAccess_AreaAndOneSchool_JudgeEverySchoolAsTheEndpointDoes()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var analytics = scope.ServiceProvider.GetRequiredService<AreaAnalytics>();
        var date = await analytics.ReferenceDateAsync(default);
        var area = (await analytics.ProviderAccessAsync(null, date, default))!;
        var statuses = new List<DutyStatus>();
        foreach (var id in area.Keys.Where(k => !k.StartsWith("pri", StringComparison.Ordinal)))
        {
            using var response = await host.Client(ApiRole.School, id)
                .GetAsync($"/institutions/{id}/provider-access");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var api = (
                await response.Content.ReadFromJsonAsync<ProviderAccessDto>(JsonPolicy.Options)
            )!;
            var one = (await analytics.ProviderAccessAsync(id, date, default))![id];
            foreach (var result in new[] { area[id], one })
            {
                Assert.True(result.Success, id);
                Assert.Equal(api.Verdict, result.Result!.Verdict.ToString());
                Assert.Equal(
                    api.Cohorts.Select(c =>
                        $"{c.Phase} {c.Cohort} {c.Status} {c.Occasions.Count} {c.Missed.Count}"
                    ),
                    result.Result.Cohorts.Select(c =>
                        $"{(int)c.Phase} {c.Cohort} {c.Status} {c.Occasions.Count} {c.Missed.Count}"
                    )
                );
            }

            statuses.AddRange(one.Result!.Cohorts.Select(c => c.Status));
        }

        // The area has cohorts whose duty was met and others where it was not: the comparison is not of empties.
        Assert.Contains(DutyStatus.Met, statuses);
        Assert.Contains(DutyStatus.NotMet, statuses);
    }

    [Fact]
    public async Task EquityGaps_HoldTheirIntervals_AndSuppressSmallGroupsBothWays()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var analytics = scope.ServiceProvider.GetRequiredService<AreaAnalytics>();
        var date = await analytics.ReferenceDateAsync(default);
        var result = (await analytics.EntitlementResultAsync(null, date, default))!;

        var whole = EquityGaps.Of(result, null);
        Assert.NotEmpty(whole);
        Assert.All(whole, g => Assert.NotNull(g.Gap));
        Assert.All(
            whole,
            g =>
                Assert.True(
                    g.Gap!.Interval.Contains(g.Gap.Difference),
                    $"{g.Measure} {g.Group}: {g.Gap}"
                )
        );
        // Of a breakdown with two groups, one is shown: the other's gap is the same turned round.
        Assert.Contains(whole, g => g.Group == Breakdowns.Disadvantaged);
        Assert.DoesNotContain(whole, g => g.Group == Breakdowns.NotDisadvantaged);

        // A rule that suppresses every group with fewer than 50 in scope: those show c, never a gap.
        var rule = SuppressionRule.Pupils with
        {
            MinimumDenominator = 50,
        };
        var suppressed = EquityGaps.Of(result, rule);
        Assert.Equal(
            whole.Select(g => (g.Measure, g.Group)),
            suppressed.Select(g => (g.Measure, g.Group))
        );
        foreach (var (open, hidden) in whole.Zip(suppressed))
        {
            // Suppressed when the group's figure or the rest's is: either would give the other away.
            var small =
                rule.Suppresses(open.Gap!.Group.Numerator, open.Gap.Group.Denominator)
                || rule.Suppresses(open.Gap.Comparison.Numerator, open.Gap.Comparison.Denominator);
            Assert.Equal(small, hidden.Symbol == GssSymbol.Suppressed);
            Assert.Equal(small, hidden.Gap is null);
        }

        Assert.Contains(suppressed, g => g.Symbol == GssSymbol.Suppressed);
    }
}
