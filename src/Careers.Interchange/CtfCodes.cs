using System;
using System.Collections.Generic;

namespace Careers.Interchange;

/// <summary>
/// The code tables by which a Common Transfer File's codes become the SDK's values. The codes are the DfE Common
/// Basic Data Set (CBDS) codes that the CTF uses; docs/articles/interchange.md lists each table with its source.
/// A code outside a table is a problem, never a default.
/// </summary>
public static class CtfCodes
{
    /// <summary>
    /// Sex (<c>Sex</c>), the CBDS sex code set (CS119): <c>M</c> male, <c>F</c> female, <c>U</c> unknown, which is
    /// <see cref="Sex.NotRecorded"/>.
    /// </summary>
    public static IReadOnlyDictionary<string, Sex> Sexes { get; } =
        new Dictionary<string, Sex>(StringComparer.Ordinal)
        {
            ["M"] = Sex.Male,
            ["F"] = Sex.Female,
            ["U"] = Sex.NotRecorded,
        };

    /// <summary>
    /// SEN provision (<c>SENprovision</c>): <c>N</c> no special educational need, <c>K</c> SEN support, <c>E</c>
    /// education, health and care plan. The codes retired in 2015 (<c>A</c> School Action, <c>P</c> School Action
    /// Plus, <c>S</c> statement) are not in the table.
    /// </summary>
    public static IReadOnlyDictionary<string, SenProvision> SenProvision { get; } =
        new Dictionary<string, SenProvision>(StringComparer.Ordinal)
        {
            ["N"] = Careers.SenProvision.None,
            ["K"] = Careers.SenProvision.SenSupport,
            ["E"] = Careers.SenProvision.EhcPlan,
        };

    /// <summary>
    /// National curriculum year codes (<c>NCyearActual</c>) and the year group each maps to, where the SDK has one:
    /// <c>R</c> is reception and <c>1</c> to <c>13</c> are years 1 to 13; <c>E1</c>, <c>E2</c> (early years first and
    /// second year), <c>N1</c>, <c>N2</c> (nursery), <c>14</c> and <c>X</c> (not following the national curriculum)
    /// are valid codes with no year group (null).
    /// </summary>
    public static IReadOnlyDictionary<string, YearGroup?> NcYears { get; } = BuildNcYears();

    /// <summary>
    /// The main ethnicity codes (<c>Ethnicity</c>) and their descriptions: the 24 of the CBDS main set (May 2026),
    /// <c>ABRI</c>, <c>AWEL</c>, <c>BBRI</c> and <c>BWEL</c> among them. Extended codes that a local authority uses can be
    /// allowed with <see cref="CtfReadOptions.AdditionalEthnicityCodes"/>.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Ethnicities { get; } =
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["WBRI"] = "White - British",
            ["WIRI"] = "White - Irish",
            ["WIRT"] = "Traveller of Irish heritage",
            ["WOTH"] = "Any other White background",
            ["WROM"] = "Gypsy / Roma",
            ["MWBC"] = "White and Black Caribbean",
            ["MWBA"] = "White and Black African",
            ["MWAS"] = "White and Asian",
            ["MOTH"] = "Any other mixed background",
            ["ABRI"] = "Asian - British",
            ["AWEL"] = "Asian - Welsh",
            ["AIND"] = "Indian",
            ["APKN"] = "Pakistani",
            ["ABAN"] = "Bangladeshi",
            ["AOTH"] = "Any other Asian background",
            ["BBRI"] = "Black - British",
            ["BWEL"] = "Black - Welsh",
            ["BCRB"] = "Black Caribbean",
            ["BAFR"] = "Black - African",
            ["BOTH"] = "Any other Black background",
            ["CHNE"] = "Chinese",
            ["OOTH"] = "Any other ethnic group",
            ["REFU"] = "Refused",
            ["NOBT"] = "Information not yet obtained",
        };

    /// <summary>
    /// The categories of free school meals eligibility (<c>FSMCategory</c>, CTF 26 and later; CBDS code set CS133):
    /// <c>TFSM</c> targeted (the means-tested eligibility), <c>EFSM</c> expanded (the eligibility extended from
    /// September 2026), <c>OFSM</c> other. <see cref="CtfMappingOptions.CountExpandedFreeSchoolMeals"/> decides whether
    /// an <c>EFSM</c> period counts as FSM.
    /// </summary>
    public static IReadOnlyDictionary<string, string> FsmCategories { get; } =
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["TFSM"] = "Targeted free school meals",
            ["EFSM"] = "Expanded free school meals",
            ["OFSM"] = "Other free school meals",
        };

    /// <summary>The category of the expanded eligibility of 2026 (<see cref="FsmCategories"/>).</summary>
    public const string ExpandedFsm = "EFSM";

    /// <summary>
    /// First-language codes that mean English: <c>ENG</c> English and <c>ENB</c> not known but believed to be
    /// English. A pupil with one of these is not EAL.
    /// </summary>
    public static IReadOnlyCollection<string> EnglishLanguages { get; } = ["ENG", "ENB"];

    /// <summary>
    /// First-language codes that say nothing about the language: <c>NOT</c> information not obtained and <c>REF</c>
    /// refused. The mapping counts such a pupil as not EAL, as DfE's statistics leave them out of the EAL count;
    /// every other well-formed code (three or four capital letters, <c>OTB</c> believed to be other than English
    /// among them) means a first language other than English.
    /// </summary>
    public static IReadOnlyCollection<string> UnknownLanguages { get; } = ["NOT", "REF"];

    private static Dictionary<string, YearGroup?> BuildNcYears()
    {
        var years = new Dictionary<string, YearGroup?>(StringComparer.Ordinal)
        {
            ["E1"] = null,
            ["E2"] = null,
            ["N1"] = null,
            ["N2"] = null,
            ["R"] = YearGroup.Reception,
            ["14"] = null,
            ["X"] = null,
        };
        for (var year = 1; year <= YearGroup.MaxNumber; year++)
        {
            years[year.ToString(System.Globalization.CultureInfo.InvariantCulture)] =
                YearGroup.FromNumber(year);
        }

        return years;
    }
}
