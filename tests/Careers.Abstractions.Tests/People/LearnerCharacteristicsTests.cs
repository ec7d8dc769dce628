using System;

namespace Careers.Tests.People;

public class LearnerCharacteristicsTests
{
    [Fact]
    public void IsDisadvantaged_FollowsTheDfeDefinition()
    {
        Assert.False(LearnerCharacteristics.None.IsDisadvantaged);
        Assert.True(new LearnerCharacteristics { FreeSchoolMeals = true }.IsDisadvantaged);
        Assert.True(
            new LearnerCharacteristics { FreeSchoolMealsInLastSixYears = true }.IsDisadvantaged
        );
        Assert.True(new LearnerCharacteristics { LookedAfter = true }.IsDisadvantaged);
        Assert.True(new LearnerCharacteristics { PreviouslyLookedAfter = true }.IsDisadvantaged);
        Assert.False(
            new LearnerCharacteristics
            {
                EnglishAsAdditionalLanguage = true,
                SenProvision = SenProvision.EhcPlan,
            }.IsDisadvantaged
        );
    }

    [Fact]
    public void HasSpecialEducationalNeeds_CoversSupportAndPlans()
    {
        Assert.False(LearnerCharacteristics.None.HasSpecialEducationalNeeds);
        Assert.True(
            new LearnerCharacteristics
            {
                SenProvision = SenProvision.SenSupport,
            }.HasSpecialEducationalNeeds
        );
        Assert.True(
            new LearnerCharacteristics
            {
                SenProvision = SenProvision.EhcPlan,
            }.HasSpecialEducationalNeeds
        );
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public void IdaciDecile_OutsideOneToTen_Throws(int decile)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new LearnerCharacteristics { IdaciDecile = decile }
        );
    }

    [Fact]
    public void OptionalText_IsNullOrHasContent()
    {
        var characteristics = new LearnerCharacteristics
        {
            IdaciDecile = 1,
            HomeArea = "E05001770",
            Ethnicity = "WBRI",
            Sex = Sex.Female,
        };

        Assert.Equal(1, characteristics.IdaciDecile);
        Assert.Equal("E05001770", characteristics.HomeArea);
        Assert.Equal("WBRI", characteristics.Ethnicity);
        Assert.Throws<ArgumentException>(() => new LearnerCharacteristics { HomeArea = " " });
        Assert.Throws<ArgumentException>(() => new LearnerCharacteristics { Ethnicity = "" });
    }
}
