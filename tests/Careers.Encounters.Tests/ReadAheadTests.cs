using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Careers.Encounters.Streaming;

namespace Careers.Encounters.Tests;

/// <summary>
/// The reader that reads blocks ahead on a thread of its own (a degree of parallelism above 1): a failure to read the
/// text reaches the caller, and ids read from CSV are made strings only when asked for, the same ones each time.
/// </summary>
public class ReadAheadTests
{
    private static string Csv(int rows)
    {
        var text = new StringBuilder(EncounterCsv.Header).Append('\n');
        for (var i = 0; i < rows; i++)
        {
            text.Append(
                $"L{i / 5},I1,Year 9,A{i % 7},2024-10-01,EmployerTalk,LearningOutcomes|TwoWayInteraction,1\n"
            );
        }

        return text.ToString();
    }

    /// <summary>A stream that fails after some bytes, as a file on a failing disk would.</summary>
    private sealed class FailingStream(byte[] bytes, int failAfter) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) =>
            Position >= failAfter
                ? throw new IOException("The disk is gone.")
                : base.Read(buffer, offset, Math.Min(count, failAfter - (int)Position));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void AFailureToRead_ReachesTheCaller_NotAnEarlyEnd(int parallelism)
    {
        var bytes = Encoding.UTF8.GetBytes(Csv(20_000));
        var options = new EncounterCsvOptions
        {
            MaxDegreeOfParallelism = parallelism,
            BlockSize = 4096,
        };

        var read = 0;
        var error = Assert.Throws<IOException>(() =>
        {
            foreach (
                var _ in EncounterCsv.Read(
                    new FailingStream(bytes, bytes.Length / 2),
                    new List<ValidationError>(),
                    options
                )
            )
            {
                read++;
            }
        });

        Assert.Equal("The disk is gone.", error.Message);
        Assert.InRange(read, 1, 19_999);
    }

    [Fact]
    public void Ids_AreMadeOnce_AndStayRight_AfterTheReadHasMovedOn()
    {
        var options = new EncounterCsvOptions { MaxDegreeOfParallelism = 2, BlockSize = 1024 };
        var records = EncounterCsv
            .Read(
                new MemoryStream(Encoding.UTF8.GetBytes(Csv(5_000))),
                new List<ValidationError>(),
                options
            )
            .ToList();

        Assert.Equal(5_000, records.Count);
        for (var i = 0; i < records.Count; i++)
        {
            Assert.Equal($"L{i / 5}", records[i].LearnerId);
            Assert.Equal($"A{i % 7}", records[i].ActivityId);
        }

        // One string per id: every record of a learner (or an activity) gives the same instance.
        Assert.Same(records[0].LearnerId, records[4].LearnerId);
        Assert.Same(records[0].ActivityId, records[4_998].ActivityId);
        Assert.Null(default(EncounterRecord).LearnerId);
    }
}
