using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Careers.Tests;

/// <summary>FsCheck generators for the value types of Careers.Abstractions.</summary>
public static class Generators
{
    public static Gen<Upn> PermanentUpn { get; } =
        from la in Gen.Choose(0, 999)
        from establishment in Gen.Choose(0, 9999)
        from year in Gen.Choose(0, 99)
        from serial in Gen.Choose(0, 999)
        select Upn.Create(la, establishment, year, serial);

    public static Gen<Upn> TemporaryUpn { get; } =
        from la in Gen.Choose(0, 999)
        from establishment in Gen.Choose(0, 9999)
        from year in Gen.Choose(0, 99)
        from serial in Gen.Choose(0, 99)
        from letter in Gen.Elements(Upn.CheckLetters.ToCharArray())
        select Upn.CreateTemporary(la, establishment, year, serial, letter);

    public static Gen<Urn> Urn { get; } = Gen.Choose(0, 999_999).Select(Careers.Urn.FromNumber);

    public static Gen<Ukprn> Ukprn { get; } =
        Gen.Choose(10_000_000, 99_999_999).Select(Careers.Ukprn.FromNumber);

    public static Gen<LaEstab> LaEstab { get; } =
        from la in Gen.Choose(0, 999)
        from establishment in Gen.Choose(0, 9999)
        select Careers.LaEstab.Create(la, establishment);

    public static Gen<AcademicYear> AcademicYear { get; } =
        Gen.Choose(Careers.AcademicYear.MinStartYear, Careers.AcademicYear.MaxStartYear)
            .Select(y => new AcademicYear(y));

    public static Gen<YearGroup> YearGroup { get; } =
        Gen.Choose(0, Careers.YearGroup.MaxNumber).Select(Careers.YearGroup.FromNumber);

    /// <summary>Dates from 1990 to 2040, leap days included.</summary>
    public static Gen<LocalDate> Date { get; } =
        Gen.Choose(0, 365 * 50 + 12).Select(offset => new LocalDate(1990, 1, 1).PlusDays(offset));

    public static Gen<LearnerCharacteristics> Characteristics { get; } =
        from fsm in ArbMap.Default.GeneratorFor<bool>()
        from ever6 in ArbMap.Default.GeneratorFor<bool>()
        from lookedAfter in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        from previouslyLookedAfter in Gen.Frequency(
            (9, Gen.Constant(false)),
            (1, Gen.Constant(true))
        )
        from sen in Gen.Elements(SenProvision.None, SenProvision.SenSupport, SenProvision.EhcPlan)
        from eal in ArbMap.Default.GeneratorFor<bool>()
        select new LearnerCharacteristics
        {
            FreeSchoolMeals = fsm,
            FreeSchoolMealsInLastSixYears = ever6,
            LookedAfter = lookedAfter,
            PreviouslyLookedAfter = previouslyLookedAfter,
            SenProvision = sen,
            EnglishAsAdditionalLanguage = eal,
        };

    public static Gen<Learner> Learner { get; } =
        from id in Gen.Choose(1, 1_000_000)
        from dob in Date
        from yearGroup in Gen.Choose(7, 13).Select(Careers.YearGroup.FromNumber)
        from institution in Gen.Elements("A", "B", "C")
        from characteristics in Characteristics
        select new Learner(
            "L" + id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            dob,
            yearGroup,
            new AcademicYear(2024)
        )
        {
            InstitutionId = institution,
            Characteristics = characteristics,
        };
}
