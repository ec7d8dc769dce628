using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Careers.Interchange;

/// <summary>
/// Turns a CTF pupil into a <see cref="Learner"/> with its <see cref="LearnerCharacteristics"/>, by the tables of
/// <see cref="CtfCodes"/>. A pupil the SDK cannot place (an NC year with no year group, a date of birth that does not
/// fit the NC year) is a problem, never a default.
/// </summary>
public static class CtfMapping
{
    /// <summary>
    /// The learner a CTF pupil is. The id is the UPN; the year group is the NC year actual; the characteristics are
    /// as at <see cref="CtfMappingOptions.AsAt"/>: FSM when an FSM period covers that date, FSM in the last six years
    /// when one overlaps the six years up to it (DfE's "Ever 6" counts eligibility at any census in those years: a
    /// period is the CTF's nearest record of that), looked after from <c>InCare</c>, SEN provision from the latest
    /// SEN record started on or before that date (none when there is none), EAL when the first language is not English
    /// (<see cref="CtfCodes.EnglishLanguages"/>, <see cref="CtfCodes.UnknownLanguages"/>), the sex and the ethnicity
    /// code. Previously looked after is not in the subset read (see the article) and stays false. An as-at date outside
    /// the supported range (1 September 1900 to 31 August 9999) is the problem <c>as-at.range</c> (path <c>/asAt</c>).
    /// </summary>
    /// <param name="pupil">The pupil.</param>
    /// <param name="options">The academic year, the as-at date and the institution.</param>
    /// <param name="path">Where the pupil is, for the problems' paths (such as <c>/CTfile/CTFpupilData/Pupil/3</c>).</param>
    /// <returns>The learner, or the problems with the pupil's record.</returns>
    public static Evaluation<Learner> ToLearner(
        CtfPupil pupil,
        CtfMappingOptions options,
        string path = ""
    )
    {
        Guard.NotNull(pupil, nameof(pupil));
        Guard.NotNull(options, nameof(options));
        path ??= string.Empty;
        var problems = new List<ValidationError>();
        SupportedDates.CheckAsAt(options.AsAt, problems);
        var ncPath = path + "/BasicDetails/NCyearActual";
        YearGroup? yearGroup = null;
        if (pupil.NcYearActual is null)
        {
            problems.Add(
                new ValidationError(
                    "ctf.nc-year.missing",
                    ncPath,
                    "The pupil has no <NCyearActual>: a learner needs a year group."
                )
            );
        }
        else if (!CtfCodes.NcYears.TryGetValue(pupil.NcYearActual, out yearGroup))
        {
            problems.Add(
                new ValidationError(
                    "ctf.nc-year.code",
                    ncPath,
                    $"<NCyearActual> is \"{pupil.NcYearActual}\"; the codes are E1, E2, N1, N2, R, 1 to 14 and X."
                )
            );
        }
        else if (yearGroup is null)
        {
            problems.Add(
                new ValidationError(
                    "ctf.nc-year.no-year-group",
                    ncPath,
                    $"<NCyearActual> is \"{pupil.NcYearActual}\", which has no year group in the SDK (reception to year 13)."
                )
            );
        }

        if (yearGroup is { } group)
        {
            var expected = SchoolCalendar.ExpectedYearGroup(
                pupil.DateOfBirth,
                options.AcademicYear
            );
            if (
                expected is null
                || Math.Abs(expected.Value.Number - group.Number) > options.YearGroupTolerance
            )
            {
                problems.Add(
                    new ValidationError(
                        "ctf.dob.year-group",
                        path + "/DOB",
                        expected is null
                            ? $"A pupil born on {CtfText.Date(pupil.DateOfBirth)} is of no school year group in {options.AcademicYear}, but <NCyearActual> is {pupil.NcYearActual}."
                            : $"A pupil born on {CtfText.Date(pupil.DateOfBirth)} belongs in {expected} in {options.AcademicYear}, but <NCyearActual> is {pupil.NcYearActual}: more than {options.YearGroupTolerance} year(s) apart."
                    )
                );
            }
        }

        if (problems.Count > 0)
        {
            return Evaluation<Learner>.Of(problems);
        }

        var asAt = options.AsAt;
        var sixYearsBefore = asAt.PlusYears(-6);
        var fsm = options.CountExpandedFreeSchoolMeals
            ? pupil.FreeSchoolMeals
            : pupil.FreeSchoolMeals.Where(p => p.Category != CtfCodes.ExpandedFsm).ToList();
        var sen = pupil
            .SenHistory.Where(r => r.Start <= asAt)
            .OrderBy(r => r.Start)
            .Select(r => (SenProvision?)r.Provision)
            .LastOrDefault();
        var characteristics = new LearnerCharacteristics
        {
            FreeSchoolMeals = fsm.Any(p => p.Covers(asAt)),
            FreeSchoolMealsInLastSixYears = fsm.Any(p => p.Overlaps(sixYearsBefore, asAt)),
            LookedAfter = pupil.LookedAfter,
            SenProvision = sen ?? SenProvision.None,
            EnglishAsAdditionalLanguage = IsAdditionalLanguage(pupil.FirstLanguage),
            Sex = pupil.Sex,
            Ethnicity = pupil.Ethnicity,
        };
        return Evaluation<Learner>.Of(
            new Learner(
                pupil.Upn.ToString(),
                pupil.DateOfBirth,
                yearGroup!.Value,
                options.AcademicYear
            )
            {
                Upn = pupil.Upn,
                InstitutionId = options.InstitutionId,
                Characteristics = characteristics,
            }
        );
    }

    /// <summary>
    /// Maps every pupil, all or nothing: the learners when every pupil maps, otherwise every problem (each with its
    /// pupil's path). An as-at date outside the supported range is the one problem <c>as-at.range</c> (path
    /// <c>/asAt</c>), not one for every pupil.
    /// </summary>
    /// <param name="pupils">The pupils, in file order.</param>
    /// <param name="options">The academic year, the as-at date and the institution.</param>
    /// <returns>The learners in file order, or the problems.</returns>
    public static Evaluation<IReadOnlyList<Learner>> ToLearners(
        IEnumerable<CtfPupil> pupils,
        CtfMappingOptions options
    )
    {
        Guard.NotNull(pupils, nameof(pupils));
        Guard.NotNull(options, nameof(options));
        var learners = new List<Learner>();
        var problems = new List<ValidationError>();
        if (!SupportedDates.CheckAsAt(options.AsAt, problems))
        {
            // Once for the file, not once for every pupil.
            return Evaluation<IReadOnlyList<Learner>>.Of(problems);
        }

        var index = 0;
        foreach (var pupil in pupils)
        {
            var learner = ToLearner(
                pupil,
                options,
                JsonPointer.Append(CtfReader.PupilsPath, index++)
            );
            if (learner.Result is { } result)
            {
                learners.Add(result);
            }
            else
            {
                problems.AddRange(learner.Problems);
            }
        }

        return problems.Count > 0
            ? Evaluation<IReadOnlyList<Learner>>.Of(problems)
            : Evaluation<IReadOnlyList<Learner>>.Of(learners);
    }

    private static bool IsAdditionalLanguage(string? code) =>
        code is not null
        && !CtfCodes.EnglishLanguages.Contains(code)
        && !CtfCodes.UnknownLanguages.Contains(code);
}
