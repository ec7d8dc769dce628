using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Careers.Funding;

namespace Careers.SampleHost.Api;

/// <summary>Turns a <see cref="FormulaDto"/> into a formula, or says field by field what is wrong with it.</summary>
internal static class FormulaReader
{
    private static readonly string[] Kinds =
    [
        "perPupil",
        "perEligiblePupil",
        "lumpSum",
        "perGap",
        "deprivationDecile",
        "byInstitutionType",
    ];

    // Only what the sample's area data can count: see AreaAnalytics.FundedInstitutionsAsync.
    private static readonly PupilCharacteristic[] Characteristics =
    [
        PupilCharacteristic.Disadvantaged,
        PupilCharacteristic.FreeSchoolMeals,
        PupilCharacteristic.FreeSchoolMealsEver6,
        PupilCharacteristic.SenSupport,
        PupilCharacteristic.EhcPlan,
        PupilCharacteristic.EnglishAsAdditionalLanguage,
    ];

    /// <summary>The longest formula name, in characters.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Reads a scenario's formula; the errors' paths are JSON pointers into the request body.</summary>
    public static FundingFormula? Read(
        FundingScenarioRequest request,
        string prefix,
        List<ValidationError> errors
    )
    {
        var before = errors.Count;
        if (request.PotPence is null)
        {
            errors.Add(
                Error(
                    "funding.pot.required",
                    prefix + "/potPence",
                    "potPence is required: the pot in pence."
                )
            );
        }
        else if (request.PotPence < 0)
        {
            errors.Add(
                Error("funding.pot.negative", prefix + "/potPence", "potPence cannot be negative.")
            );
        }

        var dto = request.Formula;
        if (dto is null)
        {
            errors.Add(
                Error("funding.formula.required", prefix + "/formula", "formula is required.")
            );
            return null;
        }

        var at = prefix + "/formula";
        var factors = dto.Factors ?? [];
        if (factors.Count == 0)
        {
            errors.Add(
                Error(
                    "funding.formula.no-factors",
                    at + "/factors",
                    "A formula needs at least one factor."
                )
            );
        }

        for (var i = 0; i < factors.Count; i++)
        {
            CheckFactor(factors[i], Invariant($"{at}/factors/{i}"), errors);
        }

        foreach (var (key, share) in dto.TargetShares ?? new Dictionary<string, decimal>())
        {
            if (share is <= 0m or > 1m)
            {
                errors.Add(
                    Error(
                        "funding.formula.share-range",
                        at + "/targetShares/" + Escape(key),
                        "A target share is a fraction above 0 and at most 1 (0.4 is 40%)."
                    )
                );
            }
        }

        NotNegative(dto.FloorPence, at + "/floorPence", errors);
        NotNegative(dto.MinimumPerPupilPence, at + "/minimumPerPupilPence", errors);
        NotNegative(dto.CapPerPupilPence, at + "/capPerPupilPence", errors);
        NotNegative(dto.CapPerInstitutionPence, at + "/capPerInstitutionPence", errors);
        if (dto.Id is { } id && string.IsNullOrWhiteSpace(id))
        {
            errors.Add(
                Error(
                    "funding.formula.id",
                    at + "/id",
                    "id cannot be blank; leave it out for 'scenario'."
                )
            );
        }
        else if (dto.Id is not null && !Ids.IsValid(dto.Id))
        {
            errors.Add(Error("funding.formula.id", at + "/id", Ids.Rule("id")));
        }

        if (dto.Version is { } version && string.IsNullOrWhiteSpace(version))
        {
            errors.Add(
                Error(
                    "funding.formula.version",
                    at + "/version",
                    "version cannot be blank; leave it out for '1'."
                )
            );
        }
        else if (dto.Version is not null && !Ids.IsValid(dto.Version))
        {
            errors.Add(Error("funding.formula.version", at + "/version", Ids.Rule("version")));
        }

        if (dto.Name is { Length: > MaxNameLength })
        {
            errors.Add(
                Error(
                    "funding.formula.name",
                    at + "/name",
                    $"name must be at most {MaxNameLength} characters."
                )
            );
        }

        if (errors.Count > before)
        {
            return null;
        }

        var builder = FundingFormula.Builder(dto.Id ?? "scenario", dto.Version ?? "1");
        if (!string.IsNullOrWhiteSpace(dto.Name))
        {
            builder.Named(dto.Name);
        }

        for (var i = 0; i < factors.Count; i++)
        {
            try
            {
                Add(builder, factors[i]);
            }
            catch (ArgumentException e)
            {
                errors.Add(
                    Error(
                        "funding.factor.invalid",
                        Invariant($"{at}/factors/{i}"),
                        FirstSentence(e.Message)
                    )
                );
            }
        }

        foreach (var (key, share) in dto.TargetShares ?? new Dictionary<string, decimal>())
        {
            builder.TargetShare(key, share);
        }

        if (dto.FloorPence is { } floor)
        {
            builder.Floor(floor);
        }

        if (dto.MinimumPerPupilPence is { } minimum)
        {
            builder.MinimumPerPupil(minimum);
        }

        if (dto.CapPerPupilPence is { } capPerPupil)
        {
            builder.CapPerPupil(capPerPupil);
        }

        if (dto.CapPerInstitutionPence is { } cap)
        {
            builder.CapPerInstitution(cap);
        }

        if (dto.ScaleToPot ?? true)
        {
            builder.ScaleToPot();
        }

        if (errors.Count > before)
        {
            return null;
        }

        // Every factor was added, so the builder's factors are the request's, in order.
        var ids = builder.Factors.Select(f => f.Id).ToArray();
        var formula = builder.Build();
        errors.AddRange(formula.Problems.Select(p => Relocate(p, prefix, ids, ofFormula: true)));
        return formula.Result;
    }

    /// <summary>
    /// Moves a problem of the formula or the allocation to where it is in the request: <c>/formula/...</c> under the
    /// scenario, and a factor named by id to its place in the list.
    /// </summary>
    /// <param name="problem">The problem.</param>
    /// <param name="prefix">Where the scenario is in the request: empty, <c>/before</c> or <c>/after</c>.</param>
    /// <param name="factorIds">The formula's factor ids, in the request's order.</param>
    /// <param name="ofFormula">Whether the path is relative to the formula (its own problems) rather than to the allocation.</param>
    public static ValidationError Relocate(
        ValidationError problem,
        string prefix,
        IReadOnlyList<string> factorIds,
        bool ofFormula
    )
    {
        var path = ofFormula ? "/formula" + problem.Path : problem.Path;

        const string factors = "/formula/factors/";
        if (path.StartsWith(factors, StringComparison.Ordinal))
        {
            var rest = path[factors.Length..];
            var slash = rest.IndexOf('/', StringComparison.Ordinal);
            var id = slash < 0 ? rest : rest[..slash];
            var index = factorIds
                .ToList()
                .IndexOf(
                    id.Replace("~1", "/", StringComparison.Ordinal)
                        .Replace("~0", "~", StringComparison.Ordinal)
                );
            if (index >= 0)
            {
                path =
                    factors
                    + index.ToString(CultureInfo.InvariantCulture)
                    + (slash < 0 ? "" : rest[slash..]);
            }
        }

        return new ValidationError(problem.Code, prefix + path, problem.Message);
    }

    private static void CheckFactor(FactorDto factor, string at, List<ValidationError> errors)
    {
        if (factor is null)
        {
            errors.Add(Error("funding.factor.required", at, "A factor cannot be null."));
            return;
        }

        if (factor.Kind is null || !Kinds.Contains(factor.Kind, StringComparer.Ordinal))
        {
            errors.Add(
                Error(
                    "funding.factor.kind",
                    at + "/kind",
                    "kind must be one of " + string.Join(", ", Kinds) + "."
                )
            );
            return;
        }

        if (factor.Group is { } group && string.IsNullOrWhiteSpace(group))
        {
            errors.Add(
                Error(
                    "funding.factor.group",
                    at + "/group",
                    "group cannot be blank; leave it out for none."
                )
            );
        }
        else if (factor.Group is not null && !Ids.IsValid(factor.Group))
        {
            errors.Add(Error("funding.factor.group", at + "/group", Ids.Rule("group")));
        }

        switch (factor.Kind)
        {
            case "perPupil":
                Parse<PupilPhase>(
                    factor.Phase,
                    at + "/phase",
                    "funding.factor.phase",
                    Enum.GetValues<PupilPhase>(),
                    errors
                );
                Rate(factor.RatePence, at, errors);
                break;
            case "perEligiblePupil":
                Parse(
                    factor.Characteristic,
                    at + "/characteristic",
                    "funding.factor.characteristic",
                    Characteristics,
                    errors
                );
                Rate(factor.RatePence, at, errors);
                break;
            case "perGap":
                Parse<NeedGap>(
                    factor.Gap,
                    at + "/gap",
                    "funding.factor.gap",
                    Enum.GetValues<NeedGap>(),
                    errors
                );
                Rate(factor.RatePence, at, errors);
                break;
            case "lumpSum":
                Rate(factor.RatePence, at, errors);
                break;
            case "deprivationDecile":
                if (factor.BandRatesPence is not { Count: 10 } bands || bands.Any(b => b < 0))
                {
                    errors.Add(
                        Error(
                            "funding.factor.bands",
                            at + "/bandRatesPence",
                            "bandRatesPence needs ten rates of 0 or more, decile 1 (the most deprived) first."
                        )
                    );
                }

                break;
            default:
                if (factor.TypeRatesPence is not { Count: > 0 } types)
                {
                    errors.Add(
                        Error(
                            "funding.factor.types",
                            at + "/typeRatesPence",
                            "typeRatesPence needs at least one institution type."
                        )
                    );
                    break;
                }

                foreach (var (type, pence) in types)
                {
                    if (
                        !Enum.TryParse<InstitutionType>(type, ignoreCase: false, out var parsed)
                        || !Enum.IsDefined(parsed)
                        || type.Any(char.IsDigit)
                    )
                    {
                        errors.Add(
                            Error(
                                "funding.factor.type",
                                at + "/typeRatesPence/" + Escape(type),
                                "Not an institution type: use one of "
                                    + string.Join(", ", Enum.GetNames<InstitutionType>())
                                    + "."
                            )
                        );
                    }
                    else if (pence < 0)
                    {
                        errors.Add(
                            Error(
                                "funding.factor.rate",
                                at + "/typeRatesPence/" + Escape(type),
                                "A sum in pence cannot be negative."
                            )
                        );
                    }
                }

                break;
        }
    }

    private static void Add(FundingFormulaBuilder builder, FactorDto f)
    {
        switch (f.Kind)
        {
            case "perPupil":
                builder.PerPupil(Enum.Parse<PupilPhase>(f.Phase!), f.RatePence!.Value, f.Group);
                break;
            case "perEligiblePupil":
                builder.PerEligiblePupil(
                    Enum.Parse<PupilCharacteristic>(f.Characteristic!),
                    f.RatePence!.Value,
                    f.Group
                );
                break;
            case "perGap":
                builder.PerGap(Enum.Parse<NeedGap>(f.Gap!), f.RatePence!.Value, f.Group);
                break;
            case "lumpSum":
                builder.LumpSum(f.RatePence!.Value, f.Group);
                break;
            case "deprivationDecile":
                builder.BandedByDeprivationDecile(f.BandRatesPence!, f.Group);
                break;
            default:
                builder.ByInstitutionType(
                    f.TypeRatesPence!.ToDictionary(
                        p => Enum.Parse<InstitutionType>(p.Key),
                        p => p.Value
                    ),
                    f.Group
                );
                break;
        }
    }

    private static void Parse<T>(
        string? text,
        string path,
        string code,
        IReadOnlyList<T> allowed,
        List<ValidationError> errors
    )
        where T : struct, Enum
    {
        if (text is null || !allowed.Any(a => a.ToString() == text))
        {
            errors.Add(Error(code, path, "Use one of " + string.Join(", ", allowed) + "."));
        }
    }

    private static void Rate(long? pence, string at, List<ValidationError> errors)
    {
        if (pence is null)
        {
            errors.Add(
                Error(
                    "funding.factor.rate",
                    at + "/ratePence",
                    "ratePence is required: the rate in pence."
                )
            );
        }
        else if (pence < 0)
        {
            errors.Add(
                Error(
                    "funding.factor.rate",
                    at + "/ratePence",
                    "A rate in pence cannot be negative."
                )
            );
        }
    }

    private static void NotNegative(long? pence, string path, List<ValidationError> errors)
    {
        if (pence < 0)
        {
            errors.Add(
                Error("funding.formula.negative", path, "A sum in pence cannot be negative.")
            );
        }
    }

    private static string FirstSentence(string message)
    {
        var parameter = message.IndexOf(" (Parameter", StringComparison.Ordinal);
        return parameter < 0 ? message : message[..parameter];
    }

    private static string Escape(string key) =>
        key.Replace("~", "~0", StringComparison.Ordinal)
            .Replace("/", "~1", StringComparison.Ordinal);

    private static ValidationError Error(string code, string path, string message) =>
        new(code, path, message);

    private static string Invariant(FormattableString text) =>
        text.ToString(CultureInfo.InvariantCulture);
}
