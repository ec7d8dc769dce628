using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Careers.CareersLog;
using Careers.Encounters;
using Careers.Encounters.Streaming;
using Careers.Gatsby;
using Careers.Interchange;
using Careers.Kpi;
using NodaTime;

namespace Careers.SampleHost.Synthetic;

// Careers.CareersLog is also a namespace, and inside namespace Careers.* the compiler finds the namespace before the
// type; this alias names the type (code outside namespace Careers needs only `using Careers.CareersLog;`).

/// <summary>
/// Builds a deterministic synthetic area shaped like Derby, for demonstrations and for testing integrations: about 22
/// secondary schools, a further education college and two primary schools in each of the city's 17 wards, learners in
/// Years 1 to 13 with characteristics at Derby-like rates, and several years of careers activities whose uneven spread
/// reproduces what the Championing Careers Derby strategy found: more provision in higher-achieving schools, and gaps
/// for disadvantaged pupils and pupils with special educational needs.
/// </summary>
/// <remarks>
/// Rates: SEND 16.8% of pupils, of whom EHC plans make up 3.7 points (the rest SEN support); disadvantage varies by
/// ward from about 12% to 50% (an illustrative spread, not a published figure); EAL about 18%. Years 1–6 attend the
/// primary schools, Years 7–11 the secondary schools and Years 12–13 the college. About half of the pupils in Years 5
/// to 7 have a careers and skills log started in primary school, with entries from Years 5 and 6 (the Derby strategy:
/// "every primary school child should have a careers and skills log that can be easily transferred for continuity to
/// secondary schools/academies"); a Year 7 pupil's log lists the primary school and then the secondary school. The
/// same options give the same area.
/// <para>
/// NEET: December–February returns for as many years as <see cref="SyntheticAreaOptions.YearsOfActivities"/>, up to
/// the last window that ended by the reference date, over a cohort of two year groups (the 16–17 year olds). Where
/// DfE publishes Derby's rates the returns reproduce them (NEET / not known 4.2 / 0.1 in 2023, 3.9 / 0.3 in 2024,
/// 7.6 / 0.3 in 2025: DfE, "Participation in education, training and NEET age 16 to 17 by local authority"); other
/// years use 4.5 / 0.4, an illustrative rate. Destinations: key stage 4 cohorts of one year group for the same number
/// of destination years, up to the last one that ended before the reference date, with sustained destinations at
/// about 95.3% for pupils who are not disadvantaged and 86.1% for disadvantaged pupils (England's 2022/23 key stage 4
/// figures, DfE "Key stage 4 destination measures"; Derby's own are not in the seeds), and an illustrative split of
/// the sustained between education (85%), apprenticeships (5%) and employment (10%). These figures come from their
/// own pseudo-random sequence, so adding them changed none of the learners or activities.
/// </para>
/// </remarks>
public static partial class SyntheticAreaGenerator
{
    /// <summary>Derby's LA number, used in the synthetic UPNs.</summary>
    public const int LaNumber = 831;

    private const int SecondarySchools = 22;
    private const int PrimariesPerWard = 2;

    // Derby's wards, with an illustrative deprivation from 0 (least) to 1 (most).
    private static readonly (string Name, double Deprivation)[] Wards =
    [
        ("Abbey", 0.75),
        ("Allestree", 0.1),
        ("Alvaston", 0.6),
        ("Arboretum", 0.95),
        ("Blagreaves", 0.4),
        ("Boulton", 0.65),
        ("Chaddesden", 0.55),
        ("Chellaston", 0.15),
        ("Darley", 0.35),
        ("Derwent", 0.9),
        ("Littleover", 0.2),
        ("Mackworth", 0.7),
        ("Mickleover", 0.15),
        ("Normanton", 0.95),
        ("Oakwood", 0.3),
        ("Sinfin", 0.85),
        ("Spondon", 0.35),
    ];

    private static readonly ActivityKind[] EncounterKinds =
    [
        ActivityKind.EmployerTalk,
        ActivityKind.CareersFair,
        ActivityKind.WorkplaceVisit,
        ActivityKind.EnterpriseChallenge,
        ActivityKind.Mentoring,
        ActivityKind.ProviderEncounter,
        ActivityKind.GuidanceMeeting,
    ];

    /// <summary>Generates the area.</summary>
    /// <param name="options">The options; the defaults when null.</param>
    /// <returns>The area.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is below 1.</exception>
    public static SyntheticArea Generate(SyntheticAreaOptions? options = null)
    {
        options ??= new SyntheticAreaOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.LearnersPerYearGroup, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.YearsOfActivities, 1);
        if (!ActivityIdPrefixPattern().IsMatch(options.ActivityIdPrefix ?? ""))
        {
            throw new ArgumentException(
                "ActivityIdPrefix must be 1 to 8 letters, digits, '-' or '_'.",
                nameof(options)
            );
        }

        var random = new Random(options.Seed);
        var year = AcademicYear.ForDate(options.ReferenceDate);
        var institutions = Institutions(random);
        var learners = Learners(random, options, year, institutions);
        var (activities, participations) = Activities(
            random,
            options,
            year,
            institutions,
            learners
        );
        var logs = CareersLogs(random, options, year, institutions, learners);
        var figures = new Random(unchecked((options.Seed * 31) + 17));
        return new SyntheticArea(options, institutions, learners, activities, participations, logs)
        {
            NeetMonths = NeetMonths(figures, options),
            Destinations = Destinations(figures, options),
            DeclaredAnswers = DeclaredAnswers(
                new Random(unchecked((options.Seed * 37) + 23)),
                institutions
            ),
        };
    }

    /// <summary>
    /// Answers to the declared criteria of both editions for each secondary school and the college: more often met in
    /// higher-achieving schools (from 55% to 95% of criteria), as the strategy found provision to follow attainment.
    /// Illustrative rates: the seeds give none.
    /// </summary>
    private static List<SyntheticAnswer> DeclaredAnswers(
        Random random,
        List<SyntheticInstitution> institutions
    )
    {
        var answers = new List<SyntheticAnswer>();
        foreach (
            var school in institutions.Where(i => i.Institution.Type != InstitutionType.Primary)
        )
        {
            var audience = GatsbyFramework
                .For(school.Institution.Type, new LocalDate(2025, 9, 1))
                .Audience;
            foreach (var framework in GatsbyFramework.All.Where(f => f.Audience == audience))
            {
                foreach (
                    var criterion in framework.Criteria.Where(c =>
                        c.Evidence == CriterionEvidence.Declared
                    )
                )
                {
                    var met = random.NextDouble() < 0.55 + (0.4 * school.Achievement);
                    answers.Add(new SyntheticAnswer(school.Institution.Id, criterion.Id, met));
                }
            }
        }

        return answers;
    }

    // Derby's published NEET and not known rates (%), by the calendar year of the February (domain reference §8).
    private static readonly Dictionary<int, (double Neet, double NotKnown)> DerbyNeetRates = new()
    {
        [2023] = (4.2, 0.1),
        [2024] = (3.9, 0.3),
        [2025] = (7.6, 0.3),
    };

    private static List<NeetMonth> NeetMonths(Random random, SyntheticAreaOptions options)
    {
        var reference = options.ReferenceDate;
        var lastFebruary = new LocalDate(reference.Year, 2, 1).With(DateAdjusters.EndOfMonth);
        var latest = reference >= lastFebruary ? reference.Year : reference.Year - 1;
        var cohort = 2 * options.LearnersPerYearGroup;
        var months = new List<NeetMonth>();
        for (var year = latest - options.YearsOfActivities + 1; year <= latest; year++)
        {
            var (neet, notKnown) = DerbyNeetRates.TryGetValue(year, out var published)
                ? published
                : (4.5, 0.4);
            foreach (
                var month in new[]
                {
                    new YearMonth(year - 1, 12),
                    new YearMonth(year, 1),
                    new YearMonth(year, 2),
                }
            )
            {
                // The cohort known to the LA moves a little from month to month; the counts follow the rates.
                var known = cohort + random.Next(-cohort / 100, (cohort / 100) + 1);
                months.Add(
                    new NeetMonth(
                        month,
                        known,
                        (int)Math.Round(known * neet / 100, MidpointRounding.AwayFromZero),
                        (int)Math.Round(known * notKnown / 100, MidpointRounding.AwayFromZero)
                    )
                );
            }
        }

        return months;
    }

    private static List<SyntheticDestinations> Destinations(
        Random random,
        SyntheticAreaOptions options
    )
    {
        // The last destination year that ended (31 July) before the reference date.
        var current = AcademicYear.ForDate(options.ReferenceDate);
        var latest = current.StartYear - 1;
        var list = new List<SyntheticDestinations>();
        for (var year = latest - options.YearsOfActivities + 1; year <= latest; year++)
        {
            var counts = new Dictionary<string, Dictionary<DestinationCategory, int>>(
                StringComparer.Ordinal
            )
            {
                [Breakdowns.Disadvantaged] = Empty(),
                [Breakdowns.NotDisadvantaged] = Empty(),
            };
            for (var n = 0; n < options.LearnersPerYearGroup; n++)
            {
                var disadvantaged = random.NextDouble() < 0.3;
                var sustained = random.NextDouble() < (disadvantaged ? 0.861 : 0.953);
                var draw = random.NextDouble();
                var category = sustained
                    ? draw < 0.85
                        ? DestinationCategory.Education
                        : draw < 0.90
                            ? DestinationCategory.Apprenticeship
                            : DestinationCategory.Employment
                    : draw < 0.3
                        ? DestinationCategory.ActivityNotCaptured
                        : DestinationCategory.NotSustained;
                counts[disadvantaged ? Breakdowns.Disadvantaged : Breakdowns.NotDisadvantaged][
                    category
                ]++;
            }

            foreach (var (group, groupCounts) in counts)
            {
                list.Add(new SyntheticDestinations(new AcademicYear(year), group, groupCounts));
            }
        }

        return list;

        static Dictionary<DestinationCategory, int> Empty() =>
            Enum.GetValues<DestinationCategory>().ToDictionary(c => c, _ => 0);
    }

    /// <summary>
    /// One school's synthetic learners as a DfE Common Transfer File (CTF 21, <see cref="CtfWriter"/>): the school's own
    /// export on the area's reference date, so that <c>POST /institutions/{id}/learners/import</c> can be tried on a
    /// school's "real" file. Each learner's characteristics become the records that give them back when mapped as at
    /// that date (<see cref="CtfMapping"/>): an open FSM period from a year before for FSM now, a period that ended two
    /// years before for FSM in the last six years only, a SEN record from the start of the academic year, a first
    /// language other than English (<c>OTH</c>) for EAL. Learners without a UPN are not in it: a CTF names pupils by UPN.
    /// </summary>
    /// <param name="area">The area.</param>
    /// <param name="institutionId">The school.</param>
    /// <returns>The file, as XML text.</returns>
    public static string WriteCtf(SyntheticArea area, string institutionId)
    {
        ArgumentNullException.ThrowIfNull(area);
        var school = area.Institutions.Single(i => i.Institution.Id == institutionId).Institution;
        var date = area.ReferenceDate;
        var year = AcademicYear.ForDate(date);
        var header = new CtfHeader(
            CtfVersion.Ctf21,
            date.At(new LocalTime(9, 0)),
            new CtfSchool(
                school.LaEstab
                    ?? throw new ArgumentException(
                        $"'{institutionId}' has no LAESTAB, which a CTF names its schools by.",
                        nameof(institutionId)
                    )
            )
            {
                Name = school.Name,
                AcademicYear = year,
            }
        );
        var pupils = area
            .Learners.Where(l => l.InstitutionId == institutionId && l.Upn is not null)
            .Select(l => Pupil(l, year, date));
        return CtfWriter.WriteToString(header, pupils);
    }

    private static CtfPupil Pupil(Learner learner, AcademicYear year, LocalDate date)
    {
        var characteristics = learner.Characteristics;
        var yearGroup = learner.YearGroupIn(year);
        List<CtfFsmPeriod> fsm =
            characteristics.FreeSchoolMeals ? [new CtfFsmPeriod(date.PlusYears(-1), null)]
            : characteristics.FreeSchoolMealsInLastSixYears
                ? [new CtfFsmPeriod(date.PlusYears(-3), date.PlusYears(-2))]
            : [];
        return new CtfPupil(learner.Upn!, learner.DateOfBirth)
        {
            Sex = characteristics.Sex,
            NcYearActual = CtfCodes.NcYears.First(c => c.Value == yearGroup).Key,
            FirstLanguage = characteristics.EnglishAsAdditionalLanguage ? "OTH" : "ENG",
            LookedAfter = characteristics.LookedAfter,
            FreeSchoolMeals = fsm,
            SenHistory =
                characteristics.SenProvision == SenProvision.None
                    ? []
                    : [new CtfSenRecord(year.Start, characteristics.SenProvision)],
        };
    }

    /// <summary>
    /// Writes the area's activities as CSV in the shape the host's import reads (<see cref="EncounterCsv"/>: the
    /// header, then one row per learner per activity, with the learner's year group in the reference academic year
    /// and the learner's evidence, the activity's and their own). An activity nobody took part in has no row.
    /// </summary>
    /// <param name="area">The area.</param>
    /// <param name="writer">Receives the CSV, with LF line ends.</param>
    /// <param name="institutionId">Only the activities of this institution, with the pupils on its roll; every institution's when null.</param>
    /// <returns>The number of data rows written.</returns>
    public static int WriteActivitiesCsv(
        SyntheticArea area,
        TextWriter writer,
        string? institutionId = null
    )
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(writer);
        var year = AcademicYear.ForDate(area.ReferenceDate);
        var activities = area.Activities.ToDictionary(a => a.Activity.Id, StringComparer.Ordinal);
        var learners = area.Learners.ToDictionary(l => l.Id, StringComparer.Ordinal);
        var flags = Enum.GetValues<MeaningfulEvidence>()
            .Where(f => f != MeaningfulEvidence.None)
            .ToArray();
        writer.Write(EncounterCsv.Header);
        writer.Write('\n');
        var rows = 0;
        foreach (var participation in area.Participations)
        {
            var activity = activities[participation.ActivityId];
            var learner = learners[participation.LearnerId];
            // One institution's export holds its own pupils: a former pupil's record went with them.
            if (
                institutionId is not null
                && (
                    activity.InstitutionId != institutionId
                    || learner.InstitutionId != institutionId
                )
            )
            {
                continue;
            }

            var evidence = activity.Activity.Evidence | participation.Evidence;
            writer.Write(
                string.Join(
                    ",",
                    Csv(learner.Id),
                    Csv(activity.InstitutionId),
                    (learner.YearGroupIn(year) ?? learner.YearGroup).Number.ToString(
                        CultureInfo.InvariantCulture
                    ),
                    Csv(activity.Activity.Id),
                    NodaTime.Text.LocalDatePattern.Iso.Format(activity.Activity.Date),
                    activity.Activity.Kind.ToString(),
                    string.Join("|", flags.Where(f => evidence.HasFlag(f))),
                    "0"
                )
            );
            writer.Write('\n');
            rows++;
        }

        return rows;
    }

    private static string Csv(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0
            ? field
            : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    [GeneratedRegex("^[A-Za-z0-9_-]{1,8}$")]
    private static partial Regex ActivityIdPrefixPattern();

    private static List<SyntheticInstitution> Institutions(Random random)
    {
        var list = new List<SyntheticInstitution>();
        for (var n = 1; n <= SecondarySchools; n++)
        {
            var ward = Wards[(n - 1) % Wards.Length];
            var achievement = Math.Clamp(1 - ward.Deprivation + Noise(random, 0.15), 0, 1);
            list.Add(
                Make(
                    $"sec-{n:00}",
                    $"{ward.Name} Secondary Academy {n:00} (synthetic)",
                    InstitutionType.Secondary,
                    4000 + n,
                    ward.Name,
                    achievement
                )
            );
        }

        list.Add(
            Make(
                "college-01",
                "Derby College (synthetic)",
                InstitutionType.FurtherEducationCollege,
                8000,
                "Arboretum",
                0.5
            )
        );

        var number = 1;
        foreach (var ward in Wards)
        {
            for (var k = 0; k < PrimariesPerWard; k++, number++)
            {
                var achievement = Math.Clamp(1 - ward.Deprivation + Noise(random, 0.15), 0, 1);
                list.Add(
                    Make(
                        $"pri-{number:00}",
                        $"{ward.Name} Primary School {number:00} (synthetic)",
                        InstitutionType.Primary,
                        2000 + number,
                        ward.Name,
                        achievement
                    )
                );
            }
        }

        return list;
    }

    private static SyntheticInstitution Make(
        string id,
        string name,
        InstitutionType type,
        int estab,
        string ward,
        double achievement
    )
    {
        var institution = new Institution(id, name, type)
        {
            LaEstab = LaEstab.Create(LaNumber, estab),
            Area = "Derby (synthetic)",
        };
        var rounded = Math.Round(achievement, 3);
        return new SyntheticInstitution(institution, ward, rounded)
        {
            // Every secondary school publishes a statement; lower-achieving ones leave items out. Primary schools
            // and the college are outside the duty (Education Act 1997 s.42B(2)): they publish none.
            ProviderAccessStatement = type
                is InstitutionType.Primary
                    or InstitutionType.FurtherEducationCollege
                ? null
                : new ProviderAccessStatement
                {
                    Published = true,
                    RequestProcedure = true,
                    GroundsForGrantingAndRefusing = rounded >= 0.3,
                    PremisesAndFacilities = rounded >= 0.5,
                    TimesOfAccess = rounded >= 0.4,
                    HowDutiesAreMet = rounded >= 0.45,
                },
        };
    }

    /// <summary>
    /// The providers of approved technical education qualifications or apprenticeships that the area's provider
    /// encounters involve (all synthetic). Each provider encounter has one, taken in turn, so that a pupil meets
    /// different providers on different occasions, as the Provider Access Legislation asks.
    /// </summary>
    public static IReadOnlyList<ActivityOrganisation> Providers { get; } =
        Array.AsReadOnly(
            new[]
            {
                (
                    "prov-college",
                    "Derby College (synthetic)",
                    OrganisationType.FurtherEducationCollege
                ),
                (
                    "prov-utc",
                    "Derby University Technical College (synthetic)",
                    OrganisationType.UniversityTechnicalCollege
                ),
                (
                    "prov-itp",
                    "Midlands Apprenticeship Training (synthetic)",
                    OrganisationType.IndependentTrainingProvider
                ),
                (
                    "prov-rail",
                    "Rail Engineering Apprenticeships (synthetic)",
                    OrganisationType.IndependentTrainingProvider
                ),
            }
                .Select(p => new ActivityOrganisation(p.Item1, p.Item2, p.Item3)
                {
                    OffersApprovedTechnicalEducationOrApprenticeships = true,
                })
                .ToArray()
        );

    /// <summary>
    /// The provider with an id: one of <see cref="Providers"/>, or else a provider of approved technical education or
    /// apprenticeships known only by its id.
    /// </summary>
    /// <param name="id">The provider's id.</param>
    /// <returns>The provider.</returns>
    public static ActivityOrganisation Provider(string id) =>
        Providers.FirstOrDefault(p => p.Id == id)
        ?? new ActivityOrganisation(id, id, OrganisationType.Other)
        {
            OffersApprovedTechnicalEducationOrApprenticeships = true,
        };

    private static List<Learner> Learners(
        Random random,
        SyntheticAreaOptions options,
        AcademicYear year,
        List<SyntheticInstitution> institutions
    )
    {
        var deprivation = Wards.ToDictionary(
            w => w.Name,
            w => w.Deprivation,
            StringComparer.Ordinal
        );
        var serials = new Dictionary<(string, int), int>();
        var learners = new List<Learner>();
        var sequence = 0;
        for (var yearGroup = 1; yearGroup <= 13; yearGroup++)
        {
            var type = yearGroup switch
            {
                <= 6 => InstitutionType.Primary,
                <= 11 => InstitutionType.Secondary,
                _ => InstitutionType.FurtherEducationCollege,
            };
            var schools = institutions.Where(i => i.Institution.Type == type).ToArray();
            // Born between 1 September and 31 August so that the academic age is yearGroup + 4.
            var firstBirthday = new LocalDate(year.StartYear - yearGroup - 5, 9, 1);
            for (var n = 0; n < options.LearnersPerYearGroup; n++)
            {
                var school = schools[n % schools.Length];
                var wardDeprivation = deprivation[school.Ward];
                var disadvantaged = random.NextDouble() < 0.12 + (0.38 * wardDeprivation);
                var sen = random.NextDouble();
                var provision =
                    sen < 0.037 ? SenProvision.EhcPlan
                    : sen < 0.168 ? SenProvision.SenSupport
                    : SenProvision.None;
                var id = Invariant($"L{++sequence:000000}");
                var entryYear = year.StartYear - yearGroup + 1;
                var estab = school.Institution.LaEstab!.EstablishmentNumber;
                var key = (school.Institution.Id, entryYear);
                serials[key] = serials.TryGetValue(key, out var s) ? s + 1 : 1;
                var characteristics = new LearnerCharacteristics
                {
                    FreeSchoolMeals = disadvantaged && random.NextDouble() < 0.8,
                    FreeSchoolMealsInLastSixYears = disadvantaged,
                    SenProvision = provision,
                    EnglishAsAdditionalLanguage = random.NextDouble() < 0.18,
                    Sex = random.NextDouble() < 0.5 ? Sex.Female : Sex.Male,
                    HomeArea = school.Ward,
                };
                learners.Add(
                    new Learner(
                        id,
                        firstBirthday.PlusDays(random.Next(365)),
                        YearGroup.FromNumber(yearGroup),
                        year
                    )
                    {
                        InstitutionId = school.Institution.Id,
                        Upn =
                            serials[key] <= 999
                                ? Upn.Create(LaNumber, estab, entryYear % 100, serials[key])
                                : null,
                        Characteristics = characteristics,
                    }
                );
            }
        }

        return learners;
    }

    private const int SecondaryHistoryYears = 7;

    private static (List<SyntheticActivity>, List<Participation>) Activities(
        Random random,
        SyntheticAreaOptions options,
        AcademicYear year,
        List<SyntheticInstitution> institutions,
        List<Learner> learners
    )
    {
        var activities = new List<SyntheticActivity>();
        var participations = new List<Participation>();
        var byInstitution = learners.ToLookup(l => l.InstitutionId, StringComparer.Ordinal);
        // The college's students came from the area's secondary schools: each keeps the history they had there
        // (their Years 7 to 11), shared out among the schools in turn, so that their entitlement is judged on it.
        var secondaries = institutions
            .Where(i => i.Institution.Type == InstitutionType.Secondary)
            .ToArray();
        var formerPupils = learners
            .Where(l => l.YearGroup.Number >= 12)
            .Select(
                (l, n) => (School: secondaries[n % secondaries.Length].Institution.Id, Learner: l)
            )
            .ToLookup(p => p.School, p => p.Learner, StringComparer.Ordinal);
        var sequence = 0;
        foreach (
            var school in institutions.Where(i => i.Institution.Type != InstitutionType.Primary)
        )
        {
            var college = school.Institution.Type == InstitutionType.FurtherEducationCollege;
            var roll = byInstitution[school.Institution.Id]
                .Concat(formerPupils[school.Institution.Id])
                .ToArray();
            // Seven years at a secondary school reach back to the Year 7 of this year's Year 13.
            var years = college
                ? options.YearsOfActivities
                : Math.Max(options.YearsOfActivities, SecondaryHistoryYears);
            for (var back = years - 1; back >= 0; back--)
            {
                var activityYear = new AcademicYear(year.StartYear - back);
                // More provision in higher-achieving schools: from 8 to 20 activities a year.
                var count = (int)Math.Round(8 + (12 * school.Achievement));
                for (var k = 0; k < count; k++)
                {
                    var date = SchoolDay(random, activityYear, options.ReferenceDate);
                    if (date is null)
                    {
                        continue;
                    }

                    var kind = EncounterKinds[random.Next(EncounterKinds.Length)];
                    var target = college ? 12 + random.Next(2) : 7 + random.Next(5);
                    if (!college && target >= 10 && random.NextDouble() < 0.2)
                    {
                        kind = ActivityKind.WorkExperience;
                    }

                    var evidence =
                        random.NextDouble() < 0.8
                            ? EncounterPolicyBuilder.DefaultRequiredEvidence
                            : MeaningfulEvidence.LearningOutcomes
                                | MeaningfulEvidence.TwoWayInteraction;
                    var id = Invariant($"{options.ActivityIdPrefix}{++sequence:000000}");
                    // Every activity is on a school day in term time. A provider encounter involves one provider,
                    // taken in turn, and covers what the Provider Access Legislation asks of it.
                    var provider = kind == ActivityKind.ProviderEncounter;
                    activities.Add(
                        new SyntheticActivity(
                            school.Institution.Id,
                            new CareersActivity(id, kind, date.Value)
                            {
                                Evidence = provider
                                    ? evidence | ProviderAccessPolicy.Default.RequiredContent
                                    : evidence,
                                DuringSchoolDay = true,
                                Organisations = provider
                                    ? [Providers[sequence % Providers.Count]]
                                    : [],
                                // A provider encounter is put on for the whole year group, whoever attends.
                                OfferedTo = provider ? [YearGroup.FromNumber(target)] : [],
                            }
                        )
                    );

                    foreach (var learner in roll)
                    {
                        if (learner.YearGroupIn(activityYear)?.Number != target)
                        {
                            continue;
                        }

                        // Gaps for disadvantaged pupils and pupils with SEND.
                        var chance = 0.45 + (0.35 * school.Achievement);
                        var c = learner.Characteristics;
                        chance *= c.IsDisadvantaged ? 0.7 : 1;
                        chance *= c.SenProvision switch
                        {
                            SenProvision.EhcPlan => 0.5,
                            SenProvision.SenSupport => 0.7,
                            _ => 1,
                        };
                        if (random.NextDouble() < chance)
                        {
                            participations.Add(new Participation(id, learner.Id));
                        }
                    }
                }
            }
        }

        return (activities, participations);
    }

    private static readonly string[] Jobs =
    [
        "vet",
        "nurse",
        "footballer",
        "engineer",
        "teacher",
        "chef",
        "police officer",
        "builder",
        "game designer",
        "scientist",
    ];

    // The occupational routes of the Institute for Apprenticeships and Technical Education, as the log's schema names them.
    private static readonly string[] Sectors =
    [
        "agriculture-environmental-and-animal-care",
        "business-and-administration",
        "care-services",
        "catering-and-hospitality",
        "construction-and-the-built-environment",
        "creative-and-design",
        "digital",
        "education-and-early-years",
        "engineering-and-manufacturing",
        "hair-and-beauty",
        "health-and-science",
        "legal-finance-and-accounting",
        "protective-services",
        "sales-marketing-and-procurement",
        "transport-and-logistics",
    ];

    private static readonly string[] Sessions =
    [
        "World of work week",
        "People who help us",
        "Enterprise day: running a stall",
        "A visit from a local engineer",
        "What do grown-ups do all day?",
    ];

    private static List<SyntheticCareersLog> CareersLogs(
        Random random,
        SyntheticAreaOptions options,
        AcademicYear year,
        List<SyntheticInstitution> institutions,
        List<Learner> learners
    )
    {
        var byId = institutions.ToDictionary(i => i.Institution.Id, StringComparer.Ordinal);
        var primaries = institutions
            .Where(i => i.Institution.Type == InstitutionType.Primary)
            .ToLookup(i => i.Ward, StringComparer.Ordinal);
        var teacher = new LogAuthor(AuthorRole.Teacher);
        var child = new LogAuthor(AuthorRole.Learner);
        var logs = new List<SyntheticCareersLog>();
        foreach (var learner in learners)
        {
            var yearGroup = (learner.YearGroupIn(year) ?? learner.YearGroup).Number;
            if (yearGroup is < 5 or > 7 || random.NextDouble() >= 0.5)
            {
                continue;
            }

            var school = byId[learner.InstitutionId!];
            var wardPrimaries = primaries[school.Ward].ToArray();
            var primary =
                yearGroup <= 6 ? school : wardPrimaries[random.Next(wardPrimaries.Length)];
            var who = (
                learner.Upn is { } upn
                    ? LogLearner.WithUpn(upn)
                    : LogLearner.Pseudonymous(learner.Id)
            ) with
            {
                DateOfBirth = learner.DateOfBirth,
            };
            var inYear1 = year.PlusYears(1 - yearGroup);
            var first = new LogSchool(null, primary.Institution.LaEstab, inYear1.Start)
            {
                Name = primary.Institution.Name,
                To = yearGroup == 7 ? new LocalDate(year.StartYear, 7, 20) : null,
            };
            var log = CareersLogDocument.Start(who, first);
            if (yearGroup == 7)
            {
                log = log.AddSchool(
                    new LogSchool(null, school.Institution.LaEstab, year.Start)
                    {
                        Name = school.Institution.Name,
                    }
                );
            }

            for (var y = 5; y <= Math.Min(6, yearGroup); y++)
            {
                var then = year.PlusYears(y - yearGroup);
                var sector = Sectors[random.Next(Sectors.Length)];
                var sessionDay = then.Start.PlusDays(30 + random.Next(120));
                if (sessionDay <= options.ReferenceDate)
                {
                    log = log.Add(
                        new CareerRelatedLearningEntry(
                            Invariant($"y{y}-crl"),
                            sessionDay,
                            YearGroup.FromNumber(y),
                            teacher,
                            Sessions[random.Next(Sessions.Length)]
                        )
                        {
                            Employers = ["Local employer volunteer (synthetic)"],
                            Sectors = [sector],
                            DurationMinutes = 60,
                        }
                    );
                }

                var hopeDay = then.Start.PlusDays(30 + random.Next(150));
                if (hopeDay <= options.ReferenceDate)
                {
                    log = log.Add(
                        new AspirationEntry(
                            Invariant($"y{y}-asp"),
                            hopeDay,
                            YearGroup.FromNumber(y),
                            child,
                            [Jobs[random.Next(Jobs.Length)]],
                            null,
                            [sector]
                        )
                    );
                }
            }

            logs.Add(new SyntheticCareersLog(learner.Id, log));
        }

        return logs;
    }

    private static LocalDate? SchoolDay(Random random, AcademicYear year, LocalDate notAfter)
    {
        // A weekday from mid-September to mid-July.
        var date = year.Start.PlusDays(14 + random.Next(300));
        while (date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
        {
            date = date.PlusDays(1);
        }

        return date <= notAfter ? date : null;
    }

    private static double Noise(Random random, double size) =>
        (random.NextDouble() - 0.5) * 2 * size;

    private static string Invariant(FormattableString text) =>
        text.ToString(CultureInfo.InvariantCulture);
}
