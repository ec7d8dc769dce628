#region quick-start
using System;
using System.Globalization;
using Careers;
using NodaTime;

var upn = Upn.Parse("H801200001001"); // the check letter H is verified
var year = AcademicYear.ForDate(new LocalDate(2024, 10, 1)); // 2024/25
var born = new LocalDate(2013, 8, 31);
var age = SchoolCalendar.AcademicAge(born, year); // 11: the age on 31 August 2024
var yearGroup = YearGroup.ForAcademicAge(age); // Year 7: Year N holds academic age N + 4
var pupil = new Learner("pupil-1", born, yearGroup, year)
{
    Upn = upn,
    Characteristics = new LearnerCharacteristics { FreeSchoolMealsInLastSixYears = true },
};
var disadvantaged = pupil.Characteristics.IsDisadvantaged; // true: DfE's definition
var invariant = CultureInfo.InvariantCulture;
Console.WriteLine(string.Create(invariant, $"UPN {pupil.Upn}, allocated by LA {upn.LaNumber}"));
Console.WriteLine(string.Create(invariant, $"{year}: academic age {age}, {pupil.YearGroup}"));
Console.WriteLine(string.Create(invariant, $"Disadvantaged: {disadvantaged}"));
#endregion

// A mistyped UPN (last digit 2, not 1) no longer matches its check letter, and Validate says so.
var mistyped = Upn.Validate("H801200001002");
Console.WriteLine(string.Create(invariant, $"{mistyped.Error}"));
