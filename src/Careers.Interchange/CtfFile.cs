using System.Collections.Generic;
using System.IO;

namespace Careers.Interchange;

/// <summary>
/// A whole Common Transfer File in memory, read all or nothing: for an import that either takes every pupil or none.
/// For a file too large to hold, read it pupil by pupil with <see cref="CtfReader"/>.
/// </summary>
public sealed class CtfFile
{
    private CtfFile(
        CtfHeader header,
        IReadOnlyList<CtfPupil> pupils,
        IReadOnlyList<ValidationError> warnings
    )
    {
        Header = header;
        Pupils = pupils;
        Warnings = warnings;
    }

    /// <summary>The header.</summary>
    public CtfHeader Header { get; }

    /// <summary>The pupils, in file order.</summary>
    public IReadOnlyList<CtfPupil> Pupils { get; }

    /// <summary>The reader's warnings (<see cref="CtfReader.Warnings"/>).</summary>
    public IReadOnlyList<ValidationError> Warnings { get; }

    /// <summary>
    /// Reads a whole file: the header and every pupil, or every problem found (the header's; each pupil's, with its
    /// path; the XML's, which ends the reading).
    /// </summary>
    /// <param name="stream">The file; left open.</param>
    /// <param name="options">How to read; null for <see cref="CtfReadOptions.Default"/>.</param>
    /// <returns>The file, or the problems.</returns>
    public static Evaluation<CtfFile> Read(Stream stream, CtfReadOptions? options = null)
    {
        var opened = CtfReader.Open(stream, options);
        if (opened.Result is not { } reader)
        {
            return Evaluation<CtfFile>.Of(opened.Problems);
        }

        using (reader)
        {
            var pupils = new List<CtfPupil>();
            var problems = new List<ValidationError>();
            foreach (var pupil in reader.ReadPupils())
            {
                if (pupil.Result is { } result)
                {
                    pupils.Add(result);
                }
                else
                {
                    problems.AddRange(pupil.Problems);
                }
            }

            return problems.Count > 0
                ? Evaluation<CtfFile>.Of(problems)
                : Evaluation<CtfFile>.Of(new CtfFile(reader.Header, pupils, reader.Warnings));
        }
    }
}
