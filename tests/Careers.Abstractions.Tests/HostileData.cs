using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Careers.Tests;

/// <summary>
/// FsCheck generators of what a hostile or careless school can send: dates anywhere in NodaTime's ISO range (its
/// edges, years 1 to 1899, year 9999 and the edges of the supported range above all), ids of any length and content,
/// and records built from them. Shared by the test projects of every package (each links this file), so that every
/// entry point is fed the same data.
/// </summary>
public static class HostileData
{
    /// <summary>Dates at and around every edge that matters.</summary>
    public static LocalDate[] EdgeDates { get; } =
    [
        LocalDate.MinIsoValue,
        LocalDate.MaxIsoValue,
        default,
        new(1, 1, 1),
        new(1, 12, 31),
        new(0, 1, 1),
        new(-1, 12, 31),
        new(1899, 12, 31),
        new(1900, 1, 1),
        new(1900, 8, 31),
        AcademicYear.MinDate,
        new(1900, 9, 2),
        new(1913, 8, 31),
        new(9985, 9, 1),
        new(9998, 9, 1),
        new(9999, 2, 28),
        AcademicYear.MaxDate,
        new(9999, 9, 1),
        new(9999, 12, 31),
    ];

    /// <summary>A date anywhere in <see cref="LocalDate.MinIsoValue"/> to <see cref="LocalDate.MaxIsoValue"/>.</summary>
    public static Gen<LocalDate> AnyIsoDate { get; } =
        Gen.Choose(
                0,
                Period.Between(LocalDate.MinIsoValue, LocalDate.MaxIsoValue, PeriodUnits.Days).Days
            )
            .Select(days => LocalDate.MinIsoValue.PlusDays(days));

    /// <summary>A real day of a year.</summary>
    public static Gen<LocalDate> DayIn(int fromYear, int toYear) =>
        from year in Gen.Choose(fromYear, toYear)
        from day in Gen.Choose(0, 364)
        select new LocalDate(year, 1, 1).PlusDays(day);

    /// <summary>
    /// A date of any kind: ordinary ones (so that evaluations also succeed), the edges, years 1 to 1899 and 9999, and
    /// anywhere in the ISO range.
    /// </summary>
    public static Gen<LocalDate> Date { get; } =
        Gen.Frequency(
            (6, DayIn(2015, 2026)),
            (2, Gen.Elements(EdgeDates)),
            (1, DayIn(1, 1899)),
            (1, DayIn(9999, 9999)),
            (1, DayIn(1900, 1915)),
            (1, DayIn(9984, 9998)),
            (1, AnyIsoDate)
        );

    /// <summary>A date in the supported range, its edges and the years near them above all.</summary>
    public static Gen<LocalDate> SupportedDate { get; } =
        Gen.Frequency(
            (4, DayIn(2015, 2026)),
            (
                2,
                Gen.Elements(
                    AcademicYear.MinDate,
                    new LocalDate(1900, 9, 2),
                    new LocalDate(1913, 8, 31),
                    new LocalDate(9985, 9, 1),
                    new LocalDate(9998, 9, 1),
                    new LocalDate(9999, 2, 28),
                    AcademicYear.MaxDate
                )
            ),
            (1, DayIn(1901, 1915)),
            (1, DayIn(9984, 9998)),
            (
                1,
                Gen.Choose(
                        0,
                        Period
                            .Between(AcademicYear.MinDate, AcademicYear.MaxDate, PeriodUnits.Days)
                            .Days
                    )
                    .Select(days => AcademicYear.MinDate.PlusDays(days))
            )
        );

    /// <summary>An as-at date: mostly an ordinary one, so that the records are evaluated; otherwise any.</summary>
    public static Gen<LocalDate> AsAt { get; } =
        Gen.Frequency((3, DayIn(2018, 2026)), (2, SupportedDate), (2, Date));

    /// <summary>Text of any content: control characters, lone surrogates, emoji, JSON pointer escapes, quotes.</summary>
    private static Gen<char> AnyChar { get; } =
        Gen.Frequency(
            (4, Gen.Choose('a', 'z').Select(c => (char)c)),
            (2, Gen.Choose(0, 0x1F).Select(c => (char)c)),
            (
                2,
                Gen.Elements('/', '~', '"', '\'', '\\', ',', '|', ':', '.', ' ', '\u00A0', '\u200B')
            ),
            (2, Gen.Choose(0x80, 0xFFFF).Select(c => (char)c)),
            (1, Gen.Elements('\uD83D', '\uDE00', '\uFFFE', '\uFEFF'))
        );

    /// <summary>
    /// An id that the constructors accept (not empty or white space) of any length and content: short ones, so that
    /// ids repeat, text with control characters and unicode, and now and then one of 10,000 to 200,000 characters.
    /// </summary>
    public static Gen<string> Id { get; } =
        Gen.Frequency(
                (6, Gen.Elements("a", "b", "c", "L1", "A1", "x/y", "~0", "é", "😀")),
                (4, Gen.ArrayOf(AnyChar).Select(chars => new string(chars))),
                (
                    1,
                    from length in Gen.Choose(10_000, 200_000)
                    from c in AnyChar
                    select new string(c, length)
                )
            )
            .Select(text => text.Trim().Length == 0 ? "x" + text : text);

    /// <summary>An academic year, now and then the default value (which starts in year 0).</summary>
    public static Gen<AcademicYear> Year { get; } =
        Gen.Frequency(
            (6, Gen.Choose(2010, 2026).Select(y => new AcademicYear(y))),
            (
                2,
                Gen.Elements(
                    new AcademicYear(AcademicYear.MinStartYear),
                    new AcademicYear(AcademicYear.MaxStartYear)
                )
            ),
            (
                1,
                Gen.Choose(AcademicYear.MinStartYear, AcademicYear.MaxStartYear)
                    .Select(y => new AcademicYear(y))
            ),
            (1, Gen.Constant(default(AcademicYear)))
        );

    /// <summary>A year group, Reception to Year 13.</summary>
    public static Gen<YearGroup> YearGroup { get; } =
        Gen.Choose(0, Careers.YearGroup.MaxNumber).Select(Careers.YearGroup.FromNumber);

    /// <summary>Evidence flags, defined or not.</summary>
    public static Gen<MeaningfulEvidence> Evidence { get; } =
        Gen.Frequency(
            (4, Gen.Choose(0, (1 << 12) - 1).Select(e => (MeaningfulEvidence)e)),
            (1, Gen.Elements((MeaningfulEvidence)(-1), (MeaningfulEvidence)int.MaxValue))
        );

    /// <summary>A learner: any id, any date of birth, any year group, an academic year now and then the default.</summary>
    public static Gen<Learner> Learner { get; } =
        from id in Id
        from born in Date
        from yearGroup in YearGroup
        from year in Year
        select new Learner(id, born, yearGroup, year);

    /// <summary>An activity: any id, any date, any kind, organisations of any id.</summary>
    public static Gen<CareersActivity> Activity { get; } = ActivityOn(Date);

    /// <summary>An activity on a date from a generator: any id, any kind, organisations of any id.</summary>
    public static Gen<CareersActivity> ActivityOn(Gen<LocalDate> dates) =>
        from id in Id
        from kind in Gen.Elements(Enum.GetValues<ActivityKind>())
        from date in dates
        from evidence in Evidence
        from organisations in Gen.Choose(0, 3)
        from organisationIds in Gen.ArrayOf(Id, organisations)
        from type in Gen.Elements(Enum.GetValues<OrganisationType>())
        from providers in Gen.Elements(true, false)
        from schoolDay in Gen.Elements<bool?>(null, true, false)
        from level in Gen.Elements<int?>(null, 1, 6, 8)
        from offered in Gen.SubListOf(Enumerable.Range(0, 14).Select(Careers.YearGroup.FromNumber))
        from curriculum in Gen.Elements<string?>(null, "Engineering")
        select new CareersActivity(id, kind, date)
        {
            Evidence = evidence,
            DuringSchoolDay = schoolDay,
            AdviserQualificationLevel = level,
            CurriculumArea = curriculum,
            OfferedTo = offered.ToArray(),
            Organisations = organisationIds
                .Select(o => new ActivityOrganisation(o, o, type)
                {
                    OffersApprovedTechnicalEducationOrApprenticeships = providers,
                })
                .ToArray(),
        };

    /// <summary>Learners, activities and participations: the participations name mostly records that exist.</summary>
    public static Gen<Records> Records { get; } =
        from learnerCount in Gen.Choose(0, 12)
        from learners in Gen.ArrayOf(Learner, learnerCount)
        from activityCount in Gen.Choose(0, 12)
        from activities in Gen.ArrayOf(Activity, activityCount)
        from participationCount in Gen.Choose(0, 30)
        from participations in Gen.ArrayOf(
            from activity in Gen.Frequency(
                (9, activities.Length == 0 ? Id : Gen.Elements(activities).Select(a => a.Id)),
                (1, Id)
            )
            from learner in Gen.Frequency(
                (9, learners.Length == 0 ? Id : Gen.Elements(learners).Select(l => l.Id)),
                (1, Id)
            )
            from evidence in Evidence
            select new Participation(activity, learner) { Evidence = evidence },
            participationCount
        )
        select new Records(learners, activities, participations);

    /// <summary>
    /// The problems <see cref="ActivityRecord.Create"/> must report about dates: each learner's date of birth (the
    /// first learner with an id: later ones are duplicates) and each activity's date.
    /// </summary>
    public static List<(string Code, string Path)> DateProblems(Records records)
    {
        var expected = new List<(string, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < records.Learners.Length; i++)
        {
            if (seen.Add(records.Learners[i].Id) && !Supported(records.Learners[i].DateOfBirth))
            {
                expected.Add(
                    (
                        "learner.date-of-birth-range",
                        FormattableString.Invariant($"/learners/{i}/dateOfBirth")
                    )
                );
            }
        }

        for (var a = 0; a < records.Activities.Length; a++)
        {
            if (!Supported(records.Activities[a].Date))
            {
                expected.Add(
                    ("activity.date-range", FormattableString.Invariant($"/activities/{a}/date"))
                );
            }
        }

        return expected;
    }

    /// <summary>The problem an evaluation as at a date must report about the date: <c>as-at.range</c>, or none.</summary>
    public static List<(string Code, string Path)> AsAtProblems(LocalDate asAt) =>
        Supported(asAt) ? [] : [("as-at.range", "/asAt")];

    /// <summary>
    /// Makes the activity record and evaluates it as at a date, as every caller of an evaluation does: the record is
    /// made or refused with every date problem of the records (<see cref="DateProblems(Records)"/>), and the
    /// evaluation of a record made answers with a result or problems, the as-at date's among them when it is outside
    /// the range.
    /// </summary>
    /// <returns>The evaluation, or null when the record was refused.</returns>
    public static Evaluation<T>? Evaluate<T>(
        Records records,
        LocalDate asAt,
        Func<ActivityRecord, Evaluation<T>> evaluate
    )
        where T : class
    {
        var record = ActivityRecord.Create(
            records.Learners,
            records.Activities,
            records.Participations
        );
        Reports(record, DateProblems(records));
        if (!record.Success)
        {
            return null;
        }

        var evaluation = evaluate(record.Result);
        Reports(evaluation, AsAtProblems(asAt));
        return evaluation;
    }

    /// <summary>
    /// Checks an evaluation: a result or problems (never both, never neither), and every expected problem among the
    /// problems, so no result, when any is expected.
    /// </summary>
    public static bool Reports<T>(
        Evaluation<T> evaluation,
        IEnumerable<(string Code, string Path)> expected
    )
        where T : class
    {
        Assert.Equal(evaluation.Success, evaluation.Problems.Count == 0);
        Assert.Equal(evaluation.Success, evaluation.Result is not null);
        var reported = evaluation.Problems.Select(p => (p.Code, p.Path)).ToHashSet();
        foreach (var problem in expected)
        {
            Assert.Contains(problem, reported);
        }

        Assert.All(evaluation.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));
        return true;
    }

    /// <summary>A date a number of days before a date (after it, when negative), kept within the supported range.</summary>
    private static LocalDate Near(LocalDate date, int daysBefore)
    {
        var days = daysBefore < 0 && date > new LocalDate(9999, 1, 1) ? -daysBefore : daysBefore;
        var near = date.PlusDays(-days);
        return near < AcademicYear.MinDate ? AcademicYear.MinDate
            : near > AcademicYear.MaxDate ? AcademicYear.MaxDate
            : near;
    }

    /// <summary>
    /// Records that can be evaluated as at a date in the supported range: learners in the as-at academic year with
    /// dates of birth in the range, activities in the years before it (and a few after), all in the range; ids of any
    /// content still. Near the edges of the range these exercise the arithmetic of windows and phases.
    /// </summary>
    public static Gen<Records> RecordsNear(LocalDate asAt) =>
        from learnerCount in Gen.Choose(1, 10)
        from learnerIds in Gen.ArrayOf(Id, learnerCount)
        from learners in Gen.ArrayOf(
            from born in Gen.Choose(-300, 6000).Select(d => Near(asAt, d + 4000))
            from yearGroup in YearGroup
            select (born, yearGroup),
            learnerCount
        )
        from activityCount in Gen.Choose(1, 10)
        from activityIds in Gen.ArrayOf(Id, activityCount)
        from activities in Gen.ArrayOf(
            ActivityOn(Gen.Choose(-200, 3000).Select(days => Near(asAt, days))),
            activityCount
        )
        from participationCount in Gen.Choose(0, 30)
        from pairs in Gen.ArrayOf(
            from activity in Gen.Choose(0, activityCount - 1)
            from learner in Gen.Choose(0, learnerCount - 1)
            from evidence in Evidence
            select (activity, learner, evidence),
            participationCount
        )
        let year = AcademicYear.ForDate(asAt)
        let uniqueLearners = learners
            .Select((l, i) => new Learner(Unique(learnerIds[i], i), l.born, l.yearGroup, year))
            .ToArray()
        let uniqueActivities = activities
            .Select((a, i) => Renamed(a, Unique(activityIds[i], i)))
            .ToArray()
        select new Records(
            uniqueLearners,
            uniqueActivities,
            pairs
                .Select(p => new Participation(
                    uniqueActivities[p.activity].Id,
                    uniqueLearners[p.learner].Id
                )
                {
                    Evidence = p.evidence,
                })
                .ToArray()
        );

    /// <summary>An id made unique by its position, keeping its content.</summary>
    private static string Unique(string id, int position) =>
        id + "#" + position.ToString(CultureInfo.InvariantCulture);

    /// <summary>The activity with another id.</summary>
    private static CareersActivity Renamed(CareersActivity activity, string id) =>
        new(id, activity.Kind, activity.Date)
        {
            Evidence = activity.Evidence,
            DuringSchoolDay = activity.DuringSchoolDay,
            AdviserQualificationLevel = activity.AdviserQualificationLevel,
            CurriculumArea = activity.CurriculumArea,
            OfferedTo = activity.OfferedTo,
            Organisations = activity.Organisations,
            Duration = activity.Duration,
            Delivery = activity.Delivery,
        };

    /// <summary>
    /// Records and an as-at date: half anything at all, half records that can be evaluated, as at a date anywhere in
    /// the supported range (its edges above all).
    /// </summary>
    public static Gen<(Records Records, LocalDate AsAt)> Evaluation { get; } =
        Gen.Frequency(
            (1, from records in Records from asAt in AsAt select (records, asAt)),
            (1, from asAt in SupportedDate from records in RecordsNear(asAt) select (records, asAt))
        );

    /// <summary>Whether a date is in the supported range, as the evaluators must judge it.</summary>
    public static bool Supported(LocalDate date) => AcademicYear.IsSupported(date);

    /// <summary>A short description of a date for a counterexample.</summary>
    public static string Describe(LocalDate date) =>
        date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An id shortened for a counterexample.</summary>
    public static string Describe(string id)
    {
        var text = new StringBuilder();
        foreach (var c in id.Take(20))
        {
            text.Append(c < 0x20 || c > 0x7E ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return id.Length > 20 ? $"{text}… ({id.Length} chars)" : text.ToString();
    }
}

/// <summary>Generated records of an evaluation.</summary>
/// <param name="Learners">The learners.</param>
/// <param name="Activities">The activities.</param>
/// <param name="Participations">Who took part in which.</param>
public sealed record Records(
    Learner[] Learners,
    CareersActivity[] Activities,
    Participation[] Participations
)
{
    /// <summary>Describes the records without printing huge ids.</summary>
    /// <returns>A summary.</returns>
    public override string ToString() =>
        $"{Learners.Length} learners ({string.Join(", ", Learners.Select(l => $"{HostileData.Describe(l.Id)} born {HostileData.Describe(l.DateOfBirth)} {l.YearGroup} in {l.AcademicYear}"))}), "
        + $"{Activities.Length} activities ({string.Join(", ", Activities.Select(a => $"{HostileData.Describe(a.Id)} {HostileData.Describe(a.Date)}"))}), "
        + $"{Participations.Length} participations";
}
