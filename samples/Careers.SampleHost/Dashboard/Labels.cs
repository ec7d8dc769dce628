using System;
using Careers.Encounters;
using Careers.Gatsby;
using Careers.Kpi;

namespace Careers.SampleHost.Dashboard;

/// <summary>
/// The one place where the dashboard turns the SDK's enums and breakdown names into words a careers lead reads: every
/// status, phase and group the pages show goes through here, so that no raw name (<c>NotMet</c>, <c>sen_provision</c>)
/// reaches a page.
/// </summary>
internal static class Labels
{
    /// <summary>A cohort's provider access duty.</summary>
    public static string Of(DutyStatus status) =>
        status switch
        {
            DutyStatus.NotYetOpen => "not yet open",
            DutyStatus.InProgress => "in progress",
            DutyStatus.Met => "met",
            DutyStatus.NotMet => "not met",
            _ => throw Undefined(status),
        };

    /// <summary>A school's provider access verdict.</summary>
    public static string Of(ProviderAccessVerdict verdict) =>
        verdict switch
        {
            ProviderAccessVerdict.NotInScope => "not in scope",
            ProviderAccessVerdict.Met => "met",
            ProviderAccessVerdict.InProgress => "in progress",
            ProviderAccessVerdict.NotMet => "not met",
            _ => throw Undefined(verdict),
        };

    /// <summary>A key phase of the Provider Access Legislation, with its years.</summary>
    public static string Of(ProviderAccessPhase phase) =>
        phase switch
        {
            ProviderAccessPhase.One => "Phase 1 (Years 8 to 9)",
            ProviderAccessPhase.Two => "Phase 2 (Years 10 to 11)",
            ProviderAccessPhase.Three => "Phase 3 (Years 12 to 13)",
            _ => throw Undefined(phase),
        };

    /// <summary>A pupil's standing in a key phase.</summary>
    public static string Of(PhaseStatus status) =>
        status switch
        {
            PhaseStatus.NotYetOpen => "not yet open",
            PhaseStatus.InProgress => "in progress",
            PhaseStatus.Compliant => "had both encounters",
            PhaseStatus.Missed => "missed",
            PhaseStatus.NotAttended => "did not attend (optional)",
            _ => throw Undefined(status),
        };

    /// <summary>A KPI's red, amber or green status.</summary>
    public static string Of(RagStatus status) =>
        status switch
        {
            RagStatus.NotAssessed => "not assessed",
            RagStatus.Green => "green",
            RagStatus.Amber => "amber",
            RagStatus.Red => "red",
            _ => throw Undefined(status),
        };

    /// <summary>A learner's standing against the four-encounter entitlement.</summary>
    public static string Of(EntitlementStatus status) =>
        status switch
        {
            EntitlementStatus.NotInScope => "not in scope",
            EntitlementStatus.Met => "met",
            EntitlementStatus.OnTrack => "on track",
            EntitlementStatus.AtRisk => "at risk",
            EntitlementStatus.NotMet => "not met",
            _ => throw Undefined(status),
        };

    /// <summary>A benchmark's standing.</summary>
    public static string Of(BenchmarkStatus status) =>
        status switch
        {
            BenchmarkStatus.NotStarted => "not started",
            BenchmarkStatus.InProgress => "in progress",
            BenchmarkStatus.Achieved => "fully achieved",
            BenchmarkStatus.NotApplicable => "not applicable",
            _ => throw Undefined(status),
        };

    /// <summary>A kind of institution.</summary>
    public static string Of(InstitutionType type) =>
        type switch
        {
            InstitutionType.Primary => "primary school",
            InstitutionType.Secondary => "secondary school",
            InstitutionType.AllThrough => "all-through school",
            InstitutionType.Special => "special school",
            InstitutionType.AlternativeProvision => "alternative provision",
            InstitutionType.SixthFormCollege => "sixth-form college",
            InstitutionType.FurtherEducationCollege => "further education college",
            InstitutionType.IndependentTrainingProvider => "independent training provider",
            InstitutionType.HigherEducation => "higher education provider",
            _ => throw Undefined(type),
        };

    /// <summary>A breakdown of <see cref="Breakdowns"/>, as a heading.</summary>
    public static string Breakdown(string breakdown) =>
        breakdown switch
        {
            Breakdowns.Disadvantage => "Disadvantage",
            Breakdowns.SenProvision => "SEN provision",
            Breakdowns.EnglishAsAdditionalLanguage => "English as an additional language",
            Breakdowns.Sex => "Sex",
            Breakdowns.Ward => "Ward (home area)",
            Breakdowns.YearGroup => "Year group",
            Breakdowns.Institution => "Institution",
            _ => breakdown,
        };

    private static ArgumentOutOfRangeException Undefined<T>(T value)
        where T : struct, Enum =>
        new(nameof(value), value, $"{typeof(T).Name} has no value {value}: add its label here.");
}
