using System;
using System.IO;

namespace Careers.Interchange.Tests;

/// <summary>
/// The reader holds one pupil at a time: reading 50,000 pupils (each with names, an address, contacts, attendance and
/// assessments around the subset) leaves the live heap where 1,000 pupils left it, give or take the 8 bytes per UPN
/// kept for duplicates, and allocates a bounded amount per pupil.
/// </summary>
public sealed class CtfMemoryTests : IDisposable
{
    private const int Pupils = 50_000;
    private readonly string path = Path.Combine(Path.GetTempPath(), $"ctf-{Guid.NewGuid():N}.xml");

    public CtfMemoryTests() => CtfSamples.WriteLargeFile(path, Pupils);

    public void Dispose() => File.Delete(path);

    [Fact]
    public void FiftyThousandPupils_ReadInBoundedMemory()
    {
        using var stream = File.OpenRead(path);
        using var reader = CtfReader.Open(stream).GetResultOrThrow();
        long liveAtThousand = 0;
        long allocatedAtThousand = 0;
        var count = 0;
        foreach (var pupil in reader.ReadPupils())
        {
            Assert.True(pupil.Success);
            count++;
            if (count == 1_000)
            {
                liveAtThousand = GC.GetTotalMemory(forceFullCollection: true);
                allocatedAtThousand = GC.GetAllocatedBytesForCurrentThread();
            }
        }

        var liveAtEnd = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedPerPupil =
            (GC.GetAllocatedBytesForCurrentThread() - allocatedAtThousand) / (Pupils - 1_000);

        Assert.Equal(Pupils, count);
        Assert.True(reader.Completed);
        // 49,000 more UPNs in the duplicate set: about 1 MB with the set's growth. Holding the pupils would be ~50 MB.
        var growth = liveAtEnd - liveAtThousand;
        Assert.True(
            growth < 4_000_000,
            $"The live heap grew by {growth:N0} bytes over 49,000 pupils."
        );
        Assert.True(
            allocatedPerPupil < 20_000,
            $"The reader allocated {allocatedPerPupil:N0} bytes per pupil."
        );
    }
}
