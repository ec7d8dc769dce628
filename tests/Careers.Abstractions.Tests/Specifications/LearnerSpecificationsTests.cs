using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Careers.Tests.Specifications;

public class LearnerSpecificationsTests
{
    [Property]
    public Property Disadvantaged_AgreesWithTheCharacteristic() =>
        Prop.ForAll(
            Generators.Learner.ToArbitrary(),
            l =>
                LearnerSpecifications.Disadvantaged().IsSatisfiedBy(l)
                == l.Characteristics.IsDisadvantaged
        );

    [Property]
    public Property CohortSpecifications_SelectWhatTheyName() =>
        Prop.ForAll(
            Gen.ListOf(Generators.Learner).ToArbitrary(),
            learners =>
            {
                var query = learners.AsQueryable();
                var spec =
                    LearnerSpecifications.InYearGroup(YearGroup.Year9)
                    & LearnerSpecifications.AtInstitution("A")
                    & !LearnerSpecifications.WithSenProvision(SenProvision.None);
                var expected = learners.Where(l =>
                    l.YearGroup == YearGroup.Year9
                    && l.InstitutionId == "A"
                    && l.Characteristics.HasSpecialEducationalNeeds
                );
                return query.Where(spec).SequenceEqual(expected);
            }
        );

    [Fact]
    public void AtInstitution_BlankId_Throws()
    {
        Assert.Throws<System.ArgumentException>(() => LearnerSpecifications.AtInstitution(" "));
    }
}
