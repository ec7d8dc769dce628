using System;
using System.Linq;
using Ardalis.Specification;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Careers.Tests.Specifications;

public class LearnerSpecificationsTests
{
    // A product's own entity: numbers where the SDK has types, and no looked-after status.
    private sealed record Row(
        string Id,
        string School,
        int Year,
        bool Fsm,
        bool Fsm6,
        int Sen,
        bool Eal
    )
    {
        public static Row From(Learner l) =>
            new(
                l.Id,
                l.InstitutionId!,
                l.YearGroup.Number,
                l.Characteristics.FreeSchoolMeals,
                l.Characteristics.FreeSchoolMealsInLastSixYears,
                (int)l.Characteristics.SenProvision,
                l.Characteristics.EnglishAsAdditionalLanguage
            );
    }

    private static readonly LearnerSpecifications<Row> Rows = new(
        institutionId: r => r.School,
        yearGroup: r => r.Year,
        freeSchoolMeals: r => r.Fsm,
        freeSchoolMealsInLastSixYears: r => r.Fsm6,
        lookedAfter: _ => false,
        previouslyLookedAfter: _ => false,
        senProvision: r => (SenProvision)r.Sen,
        englishAsAdditionalLanguage: r => r.Eal
    );

    [Property]
    public Property Disadvantaged_AgreesWithTheCharacteristic() =>
        Prop.ForAll(
            Generators.Learner.ToArbitrary(),
            l =>
                LearnerSpecifications.Disadvantaged().IsSatisfiedBy(l)
                == l.Characteristics.IsDisadvantaged
        );

    [Property]
    public Property WithEnglishAsAdditionalLanguage_AgreesWithTheCharacteristic() =>
        Prop.ForAll(
            Generators.Learner.ToArbitrary(),
            l =>
                LearnerSpecifications.WithEnglishAsAdditionalLanguage().IsSatisfiedBy(l)
                == l.Characteristics.EnglishAsAdditionalLanguage
        );

    [Property]
    public Property CohortSpecifications_SelectWhatTheyName_InMemoryAndAsAQuery() =>
        Prop.ForAll(
            Gen.ListOf(Generators.Learner).ToArbitrary(),
            learners =>
            {
                var spec = LearnerSpecifications
                    .InYearGroup(YearGroup.Year9)
                    .And(LearnerSpecifications.AtInstitution("A"))
                    .And(LearnerSpecifications.WithSenProvision(SenProvision.None).Not());
                var expected = learners
                    .Where(l =>
                        l.YearGroup == YearGroup.Year9
                        && l.InstitutionId == "A"
                        && l.Characteristics.HasSpecialEducationalNeeds
                    )
                    .ToList();
                return spec.Evaluate(learners).SequenceEqual(expected)
                    && WhereEvaluator
                        .Instance.GetQuery(learners.AsQueryable(), spec)
                        .SequenceEqual(expected)
                    && learners.Where(spec.IsSatisfiedBy).SequenceEqual(expected);
            }
        );

    [Property]
    public Property AProductsOwnEntity_GetsTheCohortsTheSdkSelects() =>
        Prop.ForAll(
            Gen.ListOf(
                    Generators.Learner.Select(l =>
                        l with
                        {
                            // The entity holds no looked-after status; learners without it agree.
                            Characteristics = l.Characteristics with
                            {
                                LookedAfter = false,
                                PreviouslyLookedAfter = false,
                            },
                        }
                    )
                )
                .ToArbitrary(),
            learners =>
            {
                var rows = learners.Select(Row.From).ToList();
                bool Same(ISpecification<Learner> sdk, Specification<Row> own) =>
                    sdk.Evaluate(learners)
                        .Select(l => l.Id)
                        .SequenceEqual(
                            WhereEvaluator
                                .Instance.GetQuery(rows.AsQueryable(), own)
                                .Select(r => r.Id)
                        );

                return Same(LearnerSpecifications.Disadvantaged(), Rows.Disadvantaged())
                    && Same(
                        LearnerSpecifications.InYearGroup(YearGroup.Year11),
                        Rows.InYearGroup(YearGroup.Year11)
                    )
                    && Same(
                        LearnerSpecifications.WithSenProvision(SenProvision.EhcPlan),
                        Rows.WithSenProvision(SenProvision.EhcPlan)
                    )
                    && Same(
                        LearnerSpecifications.WithEnglishAsAdditionalLanguage(),
                        Rows.WithEnglishAsAdditionalLanguage()
                    )
                    && Same(LearnerSpecifications.AtInstitution("B"), Rows.AtInstitution("B"));
            }
        );

    [Fact]
    public void AtInstitution_KeepsTheIdAsACapturedValue_SoAProviderSendsAParameter()
    {
        var filter = Assert.Single(Rows.AtInstitution("sec-01").WhereExpressions).Filter;

        // A constant would be written into the SQL and make one cached query per id.
        Assert.DoesNotContain("\"sec-01\"", filter.ToString(), StringComparison.Ordinal);
        Assert.True(filter.Compile()(new Row("1", "sec-01", 9, false, false, 0, false)));
    }

    [Fact]
    public void AtInstitution_BlankId_Throws()
    {
        Assert.Throws<ArgumentException>(() => LearnerSpecifications.AtInstitution(" "));
        Assert.Throws<ArgumentException>(() => Rows.AtInstitution(""));
    }

    [Fact]
    public void EachCall_ReturnsANewSpecification()
    {
        var first = LearnerSpecifications.Disadvantaged();
        first.Query.Where(l => l.YearGroup == YearGroup.Year9);

        Assert.Single(LearnerSpecifications.Disadvantaged().WhereExpressions);
    }

    [Fact]
    public void NullFields_Throw()
    {
        Assert.Throws<ArgumentNullException>(() =>
            new LearnerSpecifications<Row>(
                null!,
                r => r.Year,
                r => r.Fsm,
                r => r.Fsm6,
                _ => false,
                _ => false,
                r => (SenProvision)r.Sen,
                r => r.Eal
            )
        );
        Assert.Throws<ArgumentNullException>(() =>
            new LearnerSpecifications<Row>(
                r => r.School,
                r => r.Year,
                r => r.Fsm,
                r => r.Fsm6,
                _ => false,
                _ => false,
                r => (SenProvision)r.Sen,
                null!
            )
        );
    }
}
