using System;

namespace Careers.Tests.Time;

public class AgeMilestonesTests
{
    [Theory]
    [InlineData(14, 9)]
    [InlineData(16, 11)]
    [InlineData(18, 13)]
    public void Default_ReadsByTheAgeOfNAsEndOfYearNMinusFive(int age, int yearGroup)
    {
        Assert.Equal(
            YearGroup.FromNumber(yearGroup),
            AgeMilestones.Default.YearGroupEndingAtAge(age)
        );
    }

    [Fact]
    public void WithYearGroup_OverridesOneAgeAndLeavesTheDefaultAlone()
    {
        var local = AgeMilestones.Default.WithYearGroup(18, YearGroup.Year12);

        Assert.Equal(YearGroup.Year12, local.YearGroupEndingAtAge(18));
        Assert.Equal(YearGroup.Year11, local.YearGroupEndingAtAge(16));
        Assert.Equal(YearGroup.Year13, AgeMilestones.Default.YearGroupEndingAtAge(18));
    }

    [Fact]
    public void AgeWithNoYearGroup_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            AgeMilestones.Default.YearGroupEndingAtAge(19)
        );
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            AgeMilestones.Default.YearGroupEndingAtAge(5)
        );
    }
}
