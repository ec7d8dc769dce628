#region usings
using System.Collections.Generic;
using System.Linq;
using Ardalis.Specification;
using Careers;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
#endregion

namespace Careers.Snippets;

/// <summary>
/// The code samples of the Careers.Abstractions article (docs/articles/abstractions.md), compiled so that they
/// cannot drift from the API. Each method holds one <c>#region</c> that the article quotes and returns what the
/// region computed, so that a test can check the values the article's comments state.
/// </summary>
public static class AbstractionsSnippets
{
    /// <summary>Reads UPNs three ways: <c>Parse</c>, <c>Validate</c> and <c>TryParse</c>.</summary>
    /// <returns>The canonical UPN, its LA number, the error for a mistyped UPN and whether <c>UN1</c> was read.</returns>
    public static (string Text, string La, ValidationError? Error, bool Accepted) ParseUpn()
    {
        #region parse-upn
        // Parse: white space around is trimmed and case ignored; a bad UPN throws FormatException.
        var upn = Upn.Parse(" h801200001001 ");
        var canonical = upn.ToString(); // "H801200001001"
        var laNumber = upn.LaNumber; // "801"

        // Validate: the same checks, returning the error instead of throwing it.
        var result = Upn.Validate("H801200001002"); // the last digit mistyped
        var error = result.Error;
        // error.Code    is "upn.check-letter"
        // error.Message is "UPN 'H801200001002': check letter is H, expected X."

        // TryParse: just yes or no. "UN1" to "UN5" mean "no UPN" in DfE returns; they are not UPNs.
        var accepted = Upn.TryParse("UN1", out var placeholder); // false, placeholder is null
        #endregion

        return (canonical, laNumber, error, accepted || placeholder is not null);
    }

    /// <summary>Makes permanent and temporary UPNs from their parts.</summary>
    /// <returns>The permanent UPN, whether it is temporary, the temporary UPN and a check letter.</returns>
    public static (Upn Permanent, bool IsTemporary, Upn Temporary, char Check) CreateUpn()
    {
        #region create-upn
        // LA 831 (Derby), establishment 4001, allocated in 2015, serial 001; check letter computed.
        var permanent = Upn.Create(831, 4001, 15, 1); // Q831400115001
        var isTemporary = permanent.IsTemporary; // false

        // Temporary: a 2-digit serial and a final letter. Replace it once the real UPN is known.
        var temporary = Upn.CreateTemporary(831, 4001, 24, 1, 'A'); // N83140012401A

        // The check letter of the 12 characters after it.
        var checkLetter = Upn.ComputeCheckLetter("801200001001"); // 'H'
        #endregion

        return (permanent, isTemporary, temporary, checkLetter);
    }

    /// <summary>Reads the other identifiers: URN, LAESTAB and UKPRN.</summary>
    /// <returns>The URN, the canonical LAESTAB, its LA number, the UKPRN and the error for a UKPRN starting with 0.</returns>
    public static (Urn Urn, string LaEstab, int La, Ukprn Ukprn, string Code) OtherIdentifiers()
    {
        #region other-identifiers
        // URN: six digits, from Get Information about Schools.
        var urn = Urn.Parse("123456");

        // LAESTAB: LA number and establishment number; "831/4001" is read, "8314001" is written.
        var laEstab = LaEstab.Parse("831/4001");
        var text = laEstab.ToString(); // "8314001"
        var la = laEstab.LaNumber; // 831

        // UKPRN: eight digits, the first never 0.
        var ukprn = Ukprn.Parse("10001234");
        var error = Ukprn.Validate("01234567").Error; // code "ukprn.leading-zero"
        #endregion

        return (urn, text, la, ukprn, error?.Code ?? string.Empty);
    }

    /// <summary>Finds, reads and formats academic years.</summary>
    /// <returns>The years either side of 31 August, 2024/25's first and last days, a test and a time period.</returns>
    public static (AcademicYear, AcademicYear, LocalDate, LocalDate, bool, string) AcademicYears()
    {
        #region academic-year
        // An academic year runs from 1 September to 31 August.
        var ending = AcademicYear.ForDate(new LocalDate(2025, 8, 31)); // 2024/25
        var starting = AcademicYear.ForDate(new LocalDate(2025, 9, 1)); // 2025/26

        // Read as 2024/25, 2024-25, 2024/2025 or 202425; written as 2024/25.
        var year = AcademicYear.Parse("2024/25");
        var first = year.Start; // 2024-09-01
        var last = year.End; // 2025-08-31
        var contains = year.Contains(new LocalDate(2024, 12, 25)); // true

        // The time_period column of explore-education-statistics.
        var timePeriod = year.ToTimePeriod(); // "202425"
        #endregion

        return (ending, starting, first, last, contains, timePeriod);
    }

    /// <summary>Works out academic ages and year groups either side of the 31 August boundary.</summary>
    /// <returns>The two academic ages, the two expected year groups, a key stage and a parsed year group.</returns>
    public static (int, int, YearGroup?, YearGroup?, KeyStage, YearGroup) YearGroups()
    {
        #region year-groups
        var year = AcademicYear.Parse("2024/25");
        var bornOn31August = new LocalDate(2013, 8, 31);
        var bornOn1September = new LocalDate(2013, 9, 1);

        // Academic age is the age on 31 August before the year starts: here, 31 August 2024.
        var olderAge = SchoolCalendar.AcademicAge(bornOn31August, year); // 11
        var youngerAge = SchoolCalendar.AcademicAge(bornOn1September, year); // 10

        // Year N holds academic age N + 4, so one day of birth apart is one year group apart.
        var older = SchoolCalendar.ExpectedYearGroup(bornOn31August, year); // Year 7
        var younger = SchoolCalendar.ExpectedYearGroup(bornOn1September, year); // Year 6

        var stage = YearGroup.Year7.KeyStage; // KeyStage.KeyStage3
        var parsed = YearGroup.Parse("Y7"); // or "Year 7" or "7"; Reception is "R" or "Reception"
        #endregion

        return (olderAge, youngerAge, older, younger, stage, parsed);
    }

    /// <summary>Reads "by the age of 16" as a year group and a date, by default and with an override.</summary>
    /// <returns>The default year group for age 16, the overridden one and the learner's deadline.</returns>
    public static (YearGroup Default, YearGroup Local, LocalDate Deadline) ReadAgeMilestones()
    {
        #region age-milestones
        // The SDK's reading: "by the age of 16" is "by the end of Year 11".
        var byAge16 = AgeMilestones.Default.YearGroupEndingAtAge(16); // Year 11

        // A local area that reads it differently says so; AgeMilestones.Default is unchanged.
        var local = AgeMilestones.Default.WithYearGroup(16, YearGroup.Year10);
        var localByAge16 = local.YearGroupEndingAtAge(16); // Year 10

        // The deadline for one learner: the last day of the year they are in Year 11.
        var born = new LocalDate(2010, 11, 5);
        var learner = new Learner("L1", born, YearGroup.Year9, new AcademicYear(2024));
        var deadline = learner.EndOf(byAge16); // 2027-08-31
        #endregion

        return (byAge16, localByAge16, deadline);
    }

    /// <summary>Describes a learner, their characteristics and their school.</summary>
    /// <returns>The learner, whether they are disadvantaged, whether they have SEN and their year group in 2026/27.</returns>
    public static (Learner, bool Disadvantaged, bool Sen, YearGroup? In202627) DescribeLearner()
    {
        #region learner
        var school = new Institution("123456", "An academy in Derby", InstitutionType.Secondary)
        {
            Urn = Urn.Parse("123456"),
            LaEstab = LaEstab.Parse("8314001"),
        };

        var characteristics = new LearnerCharacteristics
        {
            FreeSchoolMealsInLastSixYears = true,
            SenProvision = SenProvision.SenSupport,
            Sex = Sex.Female,
            IdaciDecile = 2,
        };

        var year = new AcademicYear(2024);
        var learner = new Learner("L1", new LocalDate(2010, 11, 5), YearGroup.Year9, year)
        {
            Upn = Upn.Parse("Q831400115001"),
            InstitutionId = school.Id,
            Characteristics = characteristics,
        };

        // FSM at any point in the last six years, looked after or previously looked after.
        var disadvantaged = learner.Characteristics.IsDisadvantaged; // true
        var sen = learner.Characteristics.HasSpecialEducationalNeeds; // true

        // The year group is stored with its academic year and moves up one a year.
        var in202627 = learner.YearGroupIn(new AcademicYear(2026)); // Year 11
        #endregion

        return (learner, disadvantaged, sen, in202627);
    }

    /// <summary>Records a careers fair, who took part and the evidence that it was meaningful.</summary>
    /// <returns>The learner's evidence, the activity's category and its academic year.</returns>
    public static (MeaningfulEvidence, ActivityCategory, AcademicYear) RecordActivity()
    {
        #region activity
        var employer = new ActivityOrganisation("emp-1", "Rail Ltd", OrganisationType.Employer)
        {
            SizeBand = EmployerSizeBand.Medium,
        };
        var college = new ActivityOrganisation(
            "10001234",
            "A further education college",
            OrganisationType.FurtherEducationCollege
        )
        {
            Ukprn = Ukprn.Parse("10001234"),
            OffersApprovedTechnicalEducationOrApprenticeships = true,
        };

        // What the activity was designed to give everyone who took part.
        var date = new LocalDate(2024, 11, 14);
        var fair = new CareersActivity("act-1", ActivityKind.CareersFair, date)
        {
            Organisations = [employer, college],
            DuringSchoolDay = true,
            Duration = Duration.FromHours(2),
            Evidence = MeaningfulEvidence.ClearPurpose | MeaningfulEvidence.LearningOutcomes,
        };

        // What this learner did.
        var participation = new Participation("act-1", "L1")
        {
            Evidence = MeaningfulEvidence.TwoWayInteraction | MeaningfulEvidence.Reflection,
        };

        // The evidence that counts for the learner: the activity's and their own.
        var evidence = participation.EvidenceIn(fair); // the four points of the 2024 B5 definition
        var category = fair.Kind.Category(); // ActivityCategory.EmployerEncounter
        var year = fair.AcademicYear; // 2024/25
        #endregion

        return (evidence, category, year);
    }

    /// <summary>Makes an activity record, looks things up in it, and makes one from records that break its rules.</summary>
    /// <returns>The record, what the lookups gave, and the problems of the refused records.</returns>
    public static (
        ActivityRecord Record,
        int IndexOfL2,
        int OfL1,
        CareersActivity? Visit,
        IReadOnlyList<YearGroup> YearGroups,
        IReadOnlyList<ValidationError> Problems
    ) MakeRecord()
    {
        #region activity-record
        var year = new AcademicYear(2024);
        var learners = new[]
        {
            new Learner("L1", new LocalDate(2011, 1, 15), YearGroup.Year8, year),
            new Learner("L2", new LocalDate(2010, 3, 2), YearGroup.Year9, year),
        };
        var activities = new[]
        {
            new CareersActivity("act-1", ActivityKind.EmployerTalk, new LocalDate(2024, 10, 8)),
            new CareersActivity("act-2", ActivityKind.WorkplaceVisit, new LocalDate(2025, 2, 4)),
        };
        var participations = new[]
        {
            new Participation("act-1", "L1"),
            new Participation("act-2", "L1"),
            new Participation("act-1", "L2"),
        };

        // Checked once, when it is made: every rule package takes the record as it is.
        var record = ActivityRecord.Create(learners, activities, participations).GetResultOrThrow();
        var indexOfL2 = record.IndexOfLearner("L2"); // 1
        var ofL1 = record.ParticipationsOf("L1").Count; // 2
        record.TryGetActivity("act-2", out var visit); // true: the workplace visit
        var nextYear = record.YearGroupsIn(new AcademicYear(2025)).GetResultOrThrow();
        // [Year 9, Year 10]: each learner moved up a year

        // Records that break its rules give no record, and every problem with its JSON pointer.
        var refused = ActivityRecord.Create(
            [learners[0], learners[0]],
            [new CareersActivity("act-3", ActivityKind.EmployerTalk, new LocalDate(1, 1, 1))],
            [new Participation("act-9", "L1")]
        );
        var problems = refused.Problems;
        // ("learner.duplicate-id", "/learners/1", "Learner id 'L1' appears more than once.")
        // ("activity.date-range", "/activities/0/date", "Activity 'act-3' is dated 0001-01-01,
        //   outside the supported range 1900-09-01 to 9999-08-31.")
        // ("participation.unknown-activity", "/participations/0", "No activity has the id 'act-9'.")
        #endregion

        return (record, indexOfL2, ofL1, visit, nextYear, problems);
    }

    /// <summary>Selects a cohort with composed specifications, in memory and through <c>IQueryable</c>.</summary>
    /// <param name="learners">The learners to select from.</param>
    /// <returns>The ids of the learners in the cohort (queried, then in memory), and whether the first is in it.</returns>
    public static (IReadOnlyList<string>, IReadOnlyList<string>, bool) SelectCohort(
        IReadOnlyList<Learner> learners
    )
    {
        #region specification
        var year9 = LearnerSpecifications.InYearGroup(YearGroup.Year9);
        var disadvantaged = LearnerSpecifications.Disadvantaged();
        var withSen = LearnerSpecifications.WithSenProvision(SenProvision.None).Not();

        // Year 9 learners who are disadvantaged or have SEN provision.
        var cohort = year9.And(disadvantaged.Or(withSen));

        // In memory, one learner at a time or a whole list...
        var firstInCohort = learners.Count > 0 && cohort.IsSatisfiedBy(learners[0]);
        var inMemory = cohort.Evaluate(learners);

        // ...or as a query: with EF Core, the condition becomes SQL.
        var query = WhereEvaluator.Instance.GetQuery(learners.AsQueryable(), cohort);
        #endregion

        return (
            query.Select(l => l.Id).ToList(),
            inMemory.Select(l => l.Id).ToList(),
            firstInCohort
        );
    }

    /// <summary>A product's own learner entity, as its database keeps it.</summary>
    /// <param name="Id">The learner's id.</param>
    /// <param name="SchoolId">The institution's id.</param>
    /// <param name="NcYear">The national curriculum year, 0 for Reception.</param>
    /// <param name="Fsm">Eligible for free school meals now.</param>
    /// <param name="FsmEver6">Eligible at any point in the last six years.</param>
    /// <param name="InCare">Looked after.</param>
    /// <param name="SenCode">The census SEN provision code: N, K or E.</param>
    /// <param name="FirstLanguageNotEnglish">English as an additional language.</param>
    public sealed record PupilRecord(
        string Id,
        string SchoolId,
        int NcYear,
        bool Fsm,
        bool FsmEver6,
        bool InCare,
        string SenCode,
        bool FirstLanguageNotEnglish
    );

    /// <summary>Selects a cohort from a product's own entity type with the SDK's rules.</summary>
    /// <param name="pupils">The product's table, or any query over it.</param>
    /// <returns>The ids of the disadvantaged Year 11 pupils at school <c>4001</c>.</returns>
    public static IReadOnlyList<string> SelectOwnCohort(IQueryable<PupilRecord> pupils)
    {
        #region own-entity
        // Once: where your entity keeps each field, as expressions your query provider translates.
        var cohorts = new LearnerSpecifications<PupilRecord>(
            institutionId: p => p.SchoolId,
            yearGroup: p => p.NcYear,
            freeSchoolMeals: p => p.Fsm,
            freeSchoolMealsInLastSixYears: p => p.FsmEver6,
            lookedAfter: p => p.InCare,
            previouslyLookedAfter: _ => false, // not recorded
            senProvision: p =>
                p.SenCode == "E" ? SenProvision.EhcPlan
                : p.SenCode == "K" ? SenProvision.SenSupport
                : SenProvision.None,
            englishAsAdditionalLanguage: p => p.FirstLanguageNotEnglish
        );

        // Then the SDK's cohorts over your own query.
        var cohort = cohorts
            .AtInstitution("4001")
            .And(cohorts.InYearGroup(YearGroup.Year11))
            .And(cohorts.Disadvantaged());
        var selected = WhereEvaluator.Instance.GetQuery(pupils, cohort);
        #endregion

        return selected.Select(p => p.Id).ToList();
    }

    /// <summary>Locates an error in a document with a JSON pointer.</summary>
    /// <returns>The error, located at <c>/learners/3/upn</c>.</returns>
    public static ValidationError? LocateError()
    {
        #region validation-errors
        // A value's own error has the empty path; the document that holds it adds where it is.
        var learners = JsonPointer.Append(JsonPointer.Root, "learners"); // "/learners"
        var path = JsonPointer.Append(JsonPointer.Append(learners, 3), "upn"); // "/learners/3/upn"

        var result = Upn.Validate("H801200001002");
        var error = result.Error?.At(path);
        // error.Code is "upn.check-letter", error.Path is "/learners/3/upn";
        // error.ToString() is "upn.check-letter at /learners/3/upn: UPN 'H801200001002': ..."
        #endregion

        return error;
    }

    /// <summary>Registers what the Careers packages share.</summary>
    /// <param name="services">The application's service collection.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection Register(IServiceCollection services)
    {
        #region dependency-injection
        // Registers NodaTime's system clock as IClock unless an IClock is registered already:
        // register a fixed clock first to pin "today" in tests. Calling it twice is harmless.
        services.AddCareersAbstractions();
        #endregion

        return services;
    }
}
