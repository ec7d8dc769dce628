using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Careers;
using Careers.CareersLog;
using Careers.Encounters;
using Careers.Funding;
using Careers.Gatsby;
using Careers.Interchange;
using Careers.Kpi;
using NodaTime;

var upn = Upn.Parse("h801200001001");
var year = AcademicYear.ForDate(new LocalDate(2024, 10, 1));
var learner = new Learner("L1", new LocalDate(2013, 8, 31), YearGroup.Year7, year) { Upn = upn };
var expected = SchoolCalendar.ExpectedYearGroup(learner.DateOfBirth, year);
var error = Upn.Validate("Q000000000001").Error!;

Console.WriteLine(
    $"upn={upn} year={year} expected={expected} end-of-y11={learner.EndOf(YearGroup.Year11):yyyy-MM-dd}"
);
Console.WriteLine($"json={JsonSerializer.Serialize(new { upn, year, group = learner.YearGroup })}");
Console.WriteLine($"error={error.Code}: {error.Message}");

var gatsby = GatsbyEvaluator
    .Default.SelfAssess(
        GatsbyFramework.Edition2024Schools,
        new Dictionary<string, bool>(),
        new LocalDate(2025, 10, 1)
    )
    .GetResultOrThrow();
Console.WriteLine(
    $"gatsby={gatsby.Provenance.RuleSetId} {gatsby.Benchmarks.Count} benchmarks, {gatsby.BenchmarksFullyAchieved} fully achieved"
);
var entitlement = new EntitlementEvaluator(EncounterPolicy.DerbyOpportunityArea)
    .Evaluate(
        ActivityRecord
            .Create(new[] { learner }, Array.Empty<CareersActivity>(), Array.Empty<Participation>())
            .GetResultOrThrow(),
        new LocalDate(2024, 10, 1)
    )
    .GetResultOrThrow();
Console.WriteLine(
    $"entitlement={entitlement.Learners[0].Status} milestone={entitlement.Learners[0].NextMilestone?.Encounters}"
);

var funding = Apportionment.Hamilton([6m, 6m, 2m], 11);
var allocation = new FundingEvaluator(FundingFormulas.DerbyCareersFundExample)
    .Allocate(
        [
            new FundedInstitution("A", "School A")
            {
                Pupils = new Dictionary<PupilPhase, int> { [PupilPhase.KeyStage3] = 100 },
                EligiblePupils = new Dictionary<PupilCharacteristic, int>
                {
                    [PupilCharacteristic.Disadvantaged] = 20,
                    [PupilCharacteristic.SenSupport] = 5,
                },
                IdaciPupils = new Dictionary<IdaciBand, int> { [IdaciBand.A] = 10 },
                BenchmarksNotAchieved = 3,
            },
        ],
        1_000_000,
        new LocalDate(2025, 4, 1)
    )
    .GetResultOrThrow();
Console.WriteLine(
    $"funding={string.Join(",", funding)} {allocation.Provenance.RuleSetId} {allocation.AllocatedPence}"
);

var log = CareersLogDocument.Start(
    LogLearner.WithUpn(upn),
    new LogSchool(Urn.Parse("112233"), null, new LocalDate(2019, 9, 2))
);
var logJson = CareersLogSerializer.Serialize(log);
var logBack = CareersLogSerializer.Deserialize(logJson).GetResultOrThrow();
Console.WriteLine(
    $"log={logJson} equal={logBack.Equals(log)} schemas={CareersLogSchemas.Versions.All(v => CareersLogSchemas.GetSchemaText(v).Length > 0)}"
);

var neet = KpiEvaluator
    .Default.NeetAverage([
        new NeetMonth(new YearMonth(2024, 12), 312_150, 11_640, 8_370),
        new NeetMonth(new YearMonth(2025, 1), 312_150, 11_640, 8_370),
        new NeetMonth(new YearMonth(2025, 2), 312_150, 11_640, 8_370),
    ])
    .GetResultOrThrow();
var gap = ProportionGap.Between(Proportion.Of(56, 70), Proportion.Of(48, 80));
Console.WriteLine(
    $"kpi={neet} gap={DfeRounding.Format(gap.Interval.Lower, 4)}..{DfeRounding.Format(gap.Interval.Upper, 4)} catalogue={KpiCatalogue.DerbyStrategy}"
);

var ctf = CtfWriter.WriteToString(
    new CtfHeader(
        CtfVersion.Ctf21,
        new LocalDateTime(2025, 7, 18, 9, 0),
        new CtfSchool(LaEstab.Parse("8312001"))
    ),
    [new CtfPupil(upn, new LocalDate(2013, 8, 31)) { Sex = Sex.Female, NcYearActual = "7" }]
);
using var ctfStream = new System.IO.MemoryStream(System.Text.Encoding.UTF8.GetBytes(ctf));
var ctfFile = CtfFile.Read(ctfStream).GetResultOrThrow();
var ctfLearner = CtfMapping
    .ToLearner(ctfFile.Pupils[0], new CtfMappingOptions(year, new LocalDate(2024, 10, 1)))
    .GetResultOrThrow();
Console.WriteLine(
    $"ctf={ctfFile.Header.Version} pupils={ctfFile.Pupils.Count} learner={ctfLearner.Id} {ctfLearner.YearGroup}"
);
