using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Careers.Tests.Time;

/// <summary>
/// Issue 16: a date outside the supported range (1 September 1900 to 31 August 9999) is a question with the answer
/// "no", never an exception, for everything that asks of data; only <see cref="AcademicYear.ForDate"/> and the
/// arithmetic that must make an academic year throw, and they say the range.
/// </summary>
public class SupportedRangeTests
{
    [Fact]
    public void Contains_DateInYearOne_IsFalse()
    {
        Assert.False(new AcademicYear(2024).Contains(new LocalDate(1, 1, 1)));
        Assert.False(new AcademicYear(AcademicYear.MinStartYear).Contains(new LocalDate(1, 1, 1)));
        Assert.False(default(AcademicYear).Contains(new LocalDate(1, 1, 1)));
    }

    [Theory]
    [InlineData(1899, 12, 31)]
    [InlineData(1900, 8, 31)]
    [InlineData(9999, 9, 1)]
    [InlineData(9999, 12, 31)]
    [InlineData(0, 1, 1)]
    [InlineData(-9998, 1, 1)]
    public void Contains_DatesOutsideTheRange_IsFalseForEveryYear(int y, int m, int d)
    {
        var date = new LocalDate(y, m, d);

        Assert.False(new AcademicYear(AcademicYear.MinStartYear).Contains(date));
        Assert.False(new AcademicYear(AcademicYear.MaxStartYear).Contains(date));
        Assert.False(new AcademicYear(2024).Contains(date));
        Assert.False(default(AcademicYear).Contains(date));
        Assert.False(AcademicYear.IsSupported(date));
        Assert.False(AcademicYear.TryForDate(date, out var year));
        Assert.Equal(default, year);
    }

    [Fact]
    public void MinDateAndMaxDate_AreTheFirstAndLastDaysOfTheSupportedYears()
    {
        Assert.Equal(new LocalDate(1900, 9, 1), AcademicYear.MinDate);
        Assert.Equal(new LocalDate(9999, 8, 31), AcademicYear.MaxDate);
        Assert.Equal(new AcademicYear(AcademicYear.MinStartYear).Start, AcademicYear.MinDate);
        Assert.Equal(new AcademicYear(AcademicYear.MaxStartYear).End, AcademicYear.MaxDate);
        Assert.True(new AcademicYear(AcademicYear.MinStartYear).Contains(AcademicYear.MinDate));
        Assert.True(new AcademicYear(AcademicYear.MaxStartYear).Contains(AcademicYear.MaxDate));
    }

    [Fact]
    public void IsSupported_AndTryForDate_AtTheEdges()
    {
        Assert.False(AcademicYear.IsSupported(AcademicYear.MinDate.PlusDays(-1)));
        Assert.True(AcademicYear.IsSupported(AcademicYear.MinDate));
        Assert.True(AcademicYear.IsSupported(AcademicYear.MaxDate));
        Assert.False(AcademicYear.IsSupported(AcademicYear.MaxDate.PlusDays(1)));
        Assert.False(AcademicYear.IsSupported(LocalDate.MinIsoValue));
        Assert.False(AcademicYear.IsSupported(LocalDate.MaxIsoValue));
        Assert.False(AcademicYear.IsSupported(default));

        Assert.True(AcademicYear.TryForDate(AcademicYear.MinDate, out var first));
        Assert.Equal(new AcademicYear(1900), first);
        Assert.True(AcademicYear.TryForDate(AcademicYear.MaxDate, out var last));
        Assert.Equal(new AcademicYear(9998), last);
        Assert.True(AcademicYear.TryForDate(new LocalDate(2025, 3, 1), out var year));
        Assert.Equal(new AcademicYear(2024), year);
    }

    [Fact]
    public void IsSupported_ReadsOtherCalendarsAsTheirIsoDate()
    {
        // 19 August 1900 in the Julian calendar is 1 September 1900 in the ISO calendar.
        var julian = new LocalDate(1900, 8, 19, CalendarSystem.Julian);

        Assert.True(AcademicYear.IsSupported(julian));
        Assert.False(AcademicYear.IsSupported(julian.PlusDays(-1)));
        Assert.True(new AcademicYear(1900).Contains(julian));
    }

    [Fact]
    public void ForDate_OutsideTheRange_ThrowsSayingTheRange()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            AcademicYear.ForDate(new LocalDate(1, 1, 1))
        );

        Assert.Equal("date", error.ParamName);
        Assert.StartsWith(
            "0001-01-01 is outside the supported range 1900-09-01 to 9999-08-31 (academic years 1900/01 to 9998/99).",
            error.Message,
            StringComparison.Ordinal
        );
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            AcademicYear.ForDate(new LocalDate(1899, 12, 31))
        );
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            AcademicYear.ForDate(new LocalDate(9999, 9, 1))
        );
    }

    [Fact]
    public void CareersActivity_OutsideTheRange_IsAcceptedButHasNoAcademicYear()
    {
        var activity = new CareersActivity("A1", ActivityKind.EmployerTalk, new LocalDate(1, 1, 1));

        Assert.Equal(new LocalDate(1, 1, 1), activity.Date);
        Assert.Throws<ArgumentOutOfRangeException>(() => activity.AcademicYear);
        Assert.False(AcademicYear.TryForDate(activity.Date, out _));
    }

    [Fact]
    public void Learner_YearGroupIn_NeverThrows_AndAcademicYearIn_SaysTheRange()
    {
        var old = new Learner(
            "L1",
            new LocalDate(1, 1, 1),
            YearGroup.Year13,
            new AcademicYear(1900)
        );
        var unset = new Learner("L2", new LocalDate(1, 1, 1), YearGroup.Year7, default);

        Assert.Equal(YearGroup.Year13, old.YearGroupIn(new AcademicYear(1900)));
        Assert.Null(old.YearGroupIn(new AcademicYear(9998)));
        Assert.Null(unset.YearGroupIn(new AcademicYear(2024)));
        Assert.Throws<ArgumentOutOfRangeException>(() => old.AcademicYearIn(YearGroup.Year7));
        Assert.Throws<ArgumentOutOfRangeException>(() => old.EndOf(YearGroup.Year7));
        Assert.Equal(new LocalDate(1901, 8, 31), old.EndOf(YearGroup.Year13));
    }

    /// <summary>Every date: the whole ISO range, with its edges and the years around the supported range.</summary>
    private static Arbitrary<LocalDate> AnyDate => HostileData.Date.ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Contains_NeverThrows_AndAgreesWithStartAndEnd() =>
        Prop.ForAll(
            AnyDate,
            HostileData.Year.ToArbitrary(),
            (date, year) =>
                year.Contains(date)
                == (
                    AcademicYear.IsSupported(date)
                    && year.StartYear >= AcademicYear.MinStartYear
                    && date >= year.Start
                    && date <= year.End
                )
        );

    [Property(MaxTest = 300)]
    public Property TryForDate_IsSupported_AndForDate_Agree() =>
        Prop.ForAll(
            AnyDate,
            date =>
            {
                var supported = AcademicYear.IsSupported(date);
                var found = AcademicYear.TryForDate(date, out var year);
                var inRange = date >= AcademicYear.MinDate && date <= AcademicYear.MaxDate;
                if (!supported)
                {
                    Assert.Throws<ArgumentOutOfRangeException>(() => AcademicYear.ForDate(date));
                    return !found && !inRange && year == default;
                }

                return found
                    && inRange
                    && AcademicYear.ForDate(date) == year
                    && year.Contains(date);
            }
        );

    [Property(MaxTest = 300)]
    public Property SchoolCalendar_AnswersOrSaysTheRange_ForAnyDateOfBirth() =>
        Prop.ForAll(
            AnyDate,
            HostileData.Year.ToArbitrary(),
            HostileData.YearGroup.ToArbitrary(),
            (born, year, yearGroup) =>
            {
                // Never throws: the answer is a year group or none.
                var expected = SchoolCalendar.ExpectedYearGroup(born, year);
                var learner = new Learner("L", born, yearGroup, year);
                _ = learner.YearGroupIn(year);
                _ = learner.YearGroupIn(new AcademicYear(AcademicYear.MaxStartYear));

                // Throws only the documented exception, when the answer is outside the supported years.
                try
                {
                    var inYearGroup = SchoolCalendar.AcademicYearInYearGroup(born, yearGroup);
                    Assert.InRange(
                        inYearGroup.StartYear,
                        AcademicYear.MinStartYear,
                        AcademicYear.MaxStartYear
                    );
                }
                catch (ArgumentOutOfRangeException) { }

                return expected is null || born <= year.AgeReferenceDate;
            }
        );

    [Property(MaxTest = 100)]
    public Property Records_OfAnyIdsAndDates_AreBuilt_AndAskedWithoutThrowing() =>
        Prop.ForAll(
            HostileData.Records.ToArbitrary(),
            records =>
            {
                foreach (var activity in records.Activities)
                {
                    Assert.Equal(
                        AcademicYear.IsSupported(activity.Date),
                        AcademicYear.TryForDate(activity.Date, out _)
                    );
                    _ = activity.GetHashCode();
                }

                foreach (var participation in records.Participations)
                {
                    foreach (var activity in records.Activities)
                    {
                        if (activity.Id == participation.ActivityId)
                        {
                            _ = participation.EvidenceIn(activity);
                        }
                    }
                }

                return records.Learners.Length == 0
                    || records.Learners[0].YearGroupIn(new AcademicYear(2024)) is null
                    || records.Learners[0].AcademicYear.StartYear >= AcademicYear.MinStartYear;
            }
        );
}
