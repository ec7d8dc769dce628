using System;

namespace Careers.Tests.Activities;

public class ActivityKindTests
{
    [Theory]
    [InlineData(ActivityKind.EmployerTalk, ActivityCategory.EmployerEncounter)]
    [InlineData(ActivityKind.Mentoring, ActivityCategory.EmployerEncounter)]
    [InlineData(ActivityKind.EnterpriseChallenge, ActivityCategory.EmployerEncounter)]
    [InlineData(ActivityKind.CareersFair, ActivityCategory.EmployerEncounter)]
    [InlineData(ActivityKind.WorkplaceVisit, ActivityCategory.WorkplaceExperience)]
    [InlineData(ActivityKind.WorkShadowing, ActivityCategory.WorkplaceExperience)]
    [InlineData(ActivityKind.WorkExperience, ActivityCategory.WorkplaceExperience)]
    [InlineData(ActivityKind.VirtualWorkExperience, ActivityCategory.WorkplaceExperience)]
    [InlineData(ActivityKind.PartTimeJob, ActivityCategory.PartTimeWork)]
    [InlineData(ActivityKind.ProviderEncounter, ActivityCategory.ProviderEncounter)]
    [InlineData(ActivityKind.HigherEducationVisit, ActivityCategory.ProviderEncounter)]
    [InlineData(ActivityKind.GuidanceMeeting, ActivityCategory.Guidance)]
    [InlineData(ActivityKind.LabourMarketInformationSession, ActivityCategory.Information)]
    [InlineData(ActivityKind.CareerRelatedLearningSession, ActivityCategory.CareerRelatedLearning)]
    public void Category_GroupsKindsByBenchmark(ActivityKind kind, ActivityCategory expected)
    {
        Assert.Equal(expected, kind.Category());
    }

    [Fact]
    public void Category_OfEveryDefinedKind_IsDefined_AndUndefinedThrows()
    {
        foreach (var kind in Enum.GetValues<ActivityKind>())
        {
            Assert.True(Enum.IsDefined(kind.Category()));
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => ((ActivityKind)99).Category());
    }
}
