using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime.Text;

namespace Careers.SampleHost.Synthetic;

/// <summary>
/// The host's <c>generate-csv</c> and <c>generate-ctf</c> commands: write a synthetic area's activities as import CSV,
/// or one school's learners as a DfE Common Transfer File, and exit, without starting the host.
/// <c>dotnet run --project samples/Careers.SampleHost -- generate-csv --out activities.csv</c>.
/// </summary>
internal static class SyntheticCsvCommand
{
    public const string Name = "generate-csv";

    /// <summary>The command that writes one school's learners as a CTF.</summary>
    public const string CtfName = "generate-ctf";

    public const string CtfUsage = """
        Usage: generate-ctf --institution ID [--out PATH] [--seed N] [--learners-per-year-group N]
                            [--reference-date yyyy-MM-dd]

        Writes the synthetic learners of one school as a DfE Common Transfer File (CTF 21), the school's own export
        on the area's reference date, in the shape POST /institutions/{id}/learners/import reads: importing it into a
        host that holds the same area updates every learner to what it already is. Without --out the file goes to
        standard output.
        """;

    public const string Usage = """
        Usage: generate-csv [--out PATH] [--institution ID] [--seed N] [--learners-per-year-group N]
                            [--reference-date yyyy-MM-dd] [--years N] [--activity-prefix PREFIX]

        Writes the synthetic area's activities as CSV in the shape POST /institutions/{id}/activities/import reads:
        one row per learner per activity. Without --out the CSV goes to standard output. The options are those of
        Careers:Synthetic (defaults: seed 831, 300 learners per year group, reference date 2025-03-01, 4 years);
        --activity-prefix (default A) gives the activities other ids, so that the CSV can be imported into a host
        that already holds the same area.
        """;

    /// <summary>Runs the command; returns the process exit code (0 done, 2 bad arguments).</summary>
    /// <param name="args">The options.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="ctf">Whether this is <see cref="CtfName"/>: a CTF of one school's learners, not the activities.</param>
    public static int Run(
        IReadOnlyList<string> args,
        TextWriter output,
        TextWriter error,
        bool ctf = false
    )
    {
        var usage = ctf ? CtfUsage : Usage;
        var options = new SyntheticAreaOptions();
        string? path = null;
        string? institution = null;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "--help" or "-h")
            {
                output.WriteLine(usage);
                return 0;
            }

            if (i + 1 >= args.Count)
            {
                return Fail(error, $"{name} needs a value.", usage);
            }

            var value = args[++i];
            switch (name)
            {
                case "--out":
                    path = value;
                    break;
                case "--institution":
                    institution = value;
                    break;
                case "--activity-prefix":
                    options.ActivityIdPrefix = value;
                    break;
                case "--seed" when Number(value) is { } seed:
                    options.Seed = seed;
                    break;
                case "--learners-per-year-group" when Number(value) is { Positive: true } n:
                    options.LearnersPerYearGroup = n.Value;
                    break;
                case "--years" when Number(value) is { Positive: true } years:
                    options.YearsOfActivities = years.Value;
                    break;
                case "--reference-date"
                    when LocalDatePattern.Iso.Parse(value) is { Success: true } date:
                    options.ReferenceDate = date.Value;
                    break;
                default:
                    return Fail(
                        error,
                        $"'{name} {value}' is not an option this command knows.",
                        usage
                    );
            }
        }

        SyntheticArea area;
        try
        {
            area = SyntheticAreaGenerator.Generate(options);
        }
        catch (ArgumentException e)
        {
            return Fail(error, e.Message, usage);
        }

        if (institution is not null && !area.Institutions.Any(i => i.Institution.Id == institution))
        {
            return Fail(error, $"The area has no institution '{institution}'.", usage);
        }

        if (ctf)
        {
            if (institution is null)
            {
                return Fail(error, "--institution is needed: a CTF is one school's.", usage);
            }

            try
            {
                return WriteCtf(area, institution, path, output, error);
            }
            catch (ArgumentException e)
            {
                // An institution without a LAESTAB: a CTF names its schools by one.
                return Fail(error, e.Message, usage);
            }
        }

        if (path is null)
        {
            SyntheticAreaGenerator.WriteActivitiesCsv(area, output, institution);
            output.Flush();
            return 0;
        }

        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            var rows = SyntheticAreaGenerator.WriteActivitiesCsv(area, writer, institution);
            error.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Wrote {rows} rows of synthetic activities to {path}."
                )
            );
        }

        return 0;
    }

    private static Count? Number(string text) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
            ? new Count(n)
            : null;

    private static int WriteCtf(
        SyntheticArea area,
        string institution,
        string? path,
        TextWriter output,
        TextWriter error
    )
    {
        if (path is null)
        {
            output.Write(SyntheticAreaGenerator.WriteCtf(area, institution));
            output.Flush();
            return 0;
        }

        var text = SyntheticAreaGenerator.WriteCtf(area, institution);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        error.WriteLine($"Wrote the synthetic learners of {institution} as a CTF to {path}.");
        return 0;
    }

    private static int Fail(TextWriter error, string message, string usage)
    {
        error.WriteLine(message);
        error.WriteLine(usage);
        return 2;
    }

    private readonly record struct Count(int Value)
    {
        public bool Positive => Value > 0;

        public static implicit operator int(Count count) => count.Value;
    }
}
