using System.Collections.Generic;
using System.Linq;
using Careers.Kpi;
using Careers.SampleHost.Synthetic;
using NodaTime;

namespace Careers.SampleHost.Tests;

public sealed class SyntheticAreaGeneratorTests
{
    private static readonly SyntheticArea Area = SyntheticAreaGenerator.Generate(
        new SyntheticAreaOptions { LearnersPerYearGroup = 300 }
    );

    [Fact]
    public void Generate_SameOptions_SameArea()
    {
        var again = SyntheticAreaGenerator.Generate(
            new SyntheticAreaOptions { LearnersPerYearGroup = 300 }
        );
        Assert.Equal(
            Area.Learners.Select(l =>
                (l.Id, l.InstitutionId, l.Upn, l.DateOfBirth, l.Characteristics)
            ),
            again.Learners.Select(l =>
                (l.Id, l.InstitutionId, l.Upn, l.DateOfBirth, l.Characteristics)
            )
        );
        Assert.Equal(Area.Activities, again.Activities);
        Assert.Equal(Area.Participations, again.Participations);
    }

    [Fact]
    public void Generate_AnotherSeed_AnotherArea()
    {
        var other = SyntheticAreaGenerator.Generate(
            new SyntheticAreaOptions { Seed = 1, LearnersPerYearGroup = 300 }
        );
        Assert.NotEqual(Area.Participations, other.Participations);
    }

    [Fact]
    public void Generate_Default_IsShapedLikeDerby()
    {
        Assert.Equal(
            22,
            Area.Institutions.Count(i => i.Institution.Type == InstitutionType.Secondary)
        );
        Assert.Single(
            Area.Institutions,
            i => i.Institution.Type == InstitutionType.FurtherEducationCollege
        );
        Assert.Equal(
            17,
            Area.Institutions.Where(i => i.Institution.Type == InstitutionType.Primary)
                .Select(i => i.Ward)
                .Distinct()
                .Count()
        );
        Assert.Equal(13 * 300, Area.Learners.Count);
        Assert.All(
            Area.Institutions,
            i => Assert.EndsWith("(synthetic)", i.Institution.Name, System.StringComparison.Ordinal)
        );
        Assert.All(
            Area.Learners,
            l =>
                Assert.Equal(
                    l.YearGroup,
                    YearGroup.ForAcademicAge(
                        SchoolCalendar.AcademicAge(l.DateOfBirth, l.AcademicYear)
                    )
                )
        );
    }

    [Fact]
    public void Generate_Default_SendNearDerbysRate()
    {
        var send =
            Area.Learners.Count(l => l.Characteristics.HasSpecialEducationalNeeds)
            / (double)Area.Learners.Count;
        var ehc =
            Area.Learners.Count(l => l.Characteristics.SenProvision == SenProvision.EhcPlan)
            / (double)Area.Learners.Count;
        Assert.InRange(send, 0.14, 0.20);
        Assert.InRange(ehc, 0.02, 0.055);
    }

    [Fact]
    public void Generate_Default_ProvisionIsUneven()
    {
        // More activities per year in higher-achieving schools.
        var secondaries = Area
            .Institutions.Where(i => i.Institution.Type == InstitutionType.Secondary)
            .OrderBy(i => i.Achievement)
            .ToList();
        int Activities(SyntheticInstitution i) =>
            Area.Activities.Count(a => a.InstitutionId == i.Institution.Id);
        var lowHalf = secondaries.Take(11).Sum(Activities);
        var highHalf = secondaries.Skip(11).Sum(Activities);
        Assert.True(
            highHalf > lowHalf,
            $"{highHalf} activities in the higher-achieving half, {lowHalf} in the lower"
        );

        // Disadvantaged pupils and pupils with SEND take part less often.
        var secondaryLearners = Area
            .Learners.Where(l => l.YearGroup.Number is >= 8 and <= 11)
            .ToList();
        var counts = Area
            .Participations.GroupBy(p => p.LearnerId)
            .ToDictionary(g => g.Key, g => g.Count());
        double Mean(System.Func<Learner, bool> group) =>
            secondaryLearners.Where(group).Average(l => counts.GetValueOrDefault(l.Id));
        Assert.True(
            Mean(l => l.Characteristics.IsDisadvantaged)
                < Mean(l => !l.Characteristics.IsDisadvantaged)
        );
        Assert.True(
            Mean(l => l.Characteristics.HasSpecialEducationalNeeds)
                < Mean(l => !l.Characteristics.HasSpecialEducationalNeeds)
        );
    }

    // The college's students came from secondary schools: they carry the history they had there, and are judged on it
    // as the area's Year 11s are (before, every Year 12 and 13 was "not met", which dragged the area's headline down).
    [Fact]
    public void Generate_CollegeStudents_KeepTheirSecondaryHistory()
    {
        var evaluation = new Careers.Encounters.EntitlementEvaluator(
            Careers.Encounters.EncounterPolicy.DerbyOpportunityArea
        )
            .Evaluate(
                ActivityRecord
                    .Create(
                        Area.Learners,
                        Area.Activities.Select(a => a.Activity),
                        Area.Participations
                    )
                    .GetResultOrThrow(),
                new LocalDate(2025, 3, 1)
            )
            .GetResultOrThrow();
        double MetShare(System.Func<Learner, bool> who)
        {
            var group = evaluation.Learners.Where(l => who(l.Learner)).ToList();
            return group.Count(l => l.Status == Careers.Encounters.EntitlementStatus.Met)
                / (double)group.Count;
        }

        var sixthForm = MetShare(l => l.YearGroup.Number >= 12);
        var year11 = MetShare(l => l.YearGroup.Number == 11);
        // Seen with this seed: 60.8% of Years 12 and 13, 51.0% of Year 11 (0% of Years 12 and 13 before).
        Assert.True(
            sixthForm > 0.4 && sixthForm > year11 - 0.1,
            $"{sixthForm:P1} of Years 12 and 13 met the entitlement, {year11:P1} of Year 11"
        );
        var activities = Area.Activities.ToDictionary(a => a.Activity.Id);
        var college = Area
            .Institutions.Single(i => i.Institution.Type == InstitutionType.FurtherEducationCollege)
            .Institution.Id;
        var students = Area
            .Learners.Where(l => l.InstitutionId == college)
            .Select(l => l.Id)
            .ToHashSet();
        // Their history is at the secondary schools, in their Years 7 to 11.
        Assert.Contains(
            Area.Participations,
            p => students.Contains(p.LearnerId) && activities[p.ActivityId].InstitutionId != college
        );
    }

    [Theory]
    [InlineData(2023, 4.2, 0.1)]
    [InlineData(2024, 3.9, 0.3)]
    [InlineData(2025, 7.6, 0.3)]
    public void Generate_NeetReturns_ReproduceDerbysPublishedRates(
        int year,
        double neet,
        double notKnown
    )
    {
        var months = Area
            .NeetMonths.Where(m =>
                m.Month >= new YearMonth(year - 1, 12) && m.Month <= new YearMonth(year, 2)
            )
            .ToArray();
        Assert.Equal(3, months.Length);
        var average = KpiEvaluator.Default.NeetAverage(months, year).GetResultOrThrow();
        // Two year groups of 300: one pupil is 0.17 points.
        Assert.InRange((double)average.Neet.Percentage, neet - 0.2, neet + 0.2);
        Assert.InRange((double)average.NotKnown.Percentage, notKnown - 0.2, notKnown + 0.2);
    }

    [Fact]
    public void Generate_NeetAndDestinations_FourYearsUpToTheReferenceDate()
    {
        Assert.Equal(
            [2022, 2023, 2024, 2025],
            Area.NeetMonths.Select(m => m.Month.Month == 12 ? m.Month.Year + 1 : m.Month.Year)
                .Distinct()
        );
        // The last destination year that ended before 1 March 2025 is 2023/24.
        Assert.Equal(
            [2020, 2021, 2022, 2023],
            Area.Destinations.Select(d => d.Year.StartYear).Distinct()
        );
        foreach (var year in Area.Destinations.GroupBy(d => d.Year))
        {
            Assert.Equal(300, year.Sum(d => d.Counts.Values.Sum()));
        }

        var all = Area
            .Destinations.GroupBy(d => d.Group)
            .ToDictionary(
                g => g.Key,
                g =>
                    DestinationMeasure
                        .FromCounts(
                            g.SelectMany(d => d.Counts)
                                .GroupBy(c => c.Key)
                                .ToDictionary(c => c.Key, c => c.Sum(x => x.Value))
                        )
                        .GetResultOrThrow()
            );
        // The disadvantage gap of England's key stage 4 destinations (95.3 against 86.1), give or take the sample.
        var gap = all[Breakdowns.NotDisadvantaged].GapTo(all[Breakdowns.Disadvantaged]);
        Assert.InRange((double)gap.PercentagePoints, 3, 16);
    }

    [Fact]
    public void Generate_Figures_DoNotChangeTheLearnersOrActivities()
    {
        // The figures have their own pseudo-random sequence: the area before them is unchanged.
        Assert.Equal("L000001", Area.Learners[0].Id);
        Assert.Equal(
            SyntheticAreaGenerator
                .Generate(
                    new SyntheticAreaOptions { LearnersPerYearGroup = 300, YearsOfActivities = 4 }
                )
                .Participations.Count,
            Area.Participations.Count
        );
    }
}
