using System;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using Careers.Interchange;
using NodaTime;

namespace Careers.Benchmarks;

/// <summary>
/// A local authority's Common Transfer File: 50,000 pupils, each with names, an address, contacts, attendance and
/// assessments around the subset the reader takes (about 60 MB), read from disk pupil by pupil; read and mapped to
/// learners; and written back (the subset) from the pupils read.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class CtfReaderBenchmarks
{
    private const int PupilCount = 50_000;
    private string path = null!;
    private CtfPupil[] pupils = null!;
    private CtfHeader header = null!;

    [GlobalSetup]
    public void Setup()
    {
        path = Path.Combine(Path.GetTempPath(), $"ctf-bench-{Guid.NewGuid():N}.xml");
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            writer.Write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<CTfile>\n");
            writer.Write(
                "<Header><DocumentName>Common Transfer File</DocumentName><CTFversion>21.0</CTFversion>"
                    + "<DateTime>2021-07-20T14:30:00</DateTime><SourceSchool><LEA>831</LEA><Estab>2001</Estab>"
                    + "<AcademicYear>2020</AcademicYear></SourceSchool></Header>\n<CTFpupilData>\n"
            );
            for (var i = 0; i < PupilCount; i++)
            {
                writer.Write(Pupil(i));
            }

            writer.Write("</CTFpupilData>\n</CTfile>\n");
        }

        using var stream = File.OpenRead(path);
        var file = CtfFile.Read(stream).GetResultOrThrow();
        header = file.Header;
        pupils = [.. file.Pupils];
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(path);

    /// <summary>Reads every pupil, one at a time, keeping none.</summary>
    /// <returns>The number of pupils read.</returns>
    [Benchmark(Baseline = true)]
    public int Stream()
    {
        using var stream = File.OpenRead(path);
        using var reader = CtfReader.Open(stream).GetResultOrThrow();
        var count = 0;
        foreach (var pupil in reader.ReadPupils())
        {
            count += pupil.Success ? 1 : 0;
        }

        return count;
    }

    /// <summary>Reads the whole file and maps every pupil to a learner.</summary>
    /// <returns>The number of learners.</returns>
    [Benchmark]
    public int ReadAndMap()
    {
        using var stream = File.OpenRead(path);
        var file = CtfFile.Read(stream).GetResultOrThrow();
        return CtfMapping
            .ToLearners(file.Pupils, CtfMappingOptions.ForHeader(file.Header))
            .GetResultOrThrow()
            .Count;
    }

    /// <summary>Writes the subset of the 50,000 pupils.</summary>
    /// <returns>The bytes written.</returns>
    [Benchmark]
    public long Write()
    {
        using var stream = new CountingStream();
        CtfWriter.Write(stream, header, pupils);
        return stream.Length;
    }

    private static string Pupil(int i)
    {
        var upn = Upn.Create(831, 2001 + i / 100_000, i / 1000 % 100, i % 1000);
        var year = 7 + i % 5;
        var dob = new LocalDate(2020 - year - 5, 9, 1)
            .PlusDays(i % 365)
            .ToString("yyyy-MM-dd", null);
        return $"""
            <Pupil><UPN>{upn}</UPN><Surname>SURNAME{i}</Surname><Forename>FORENAME</Forename><DOB>{dob}</DOB><Sex>{(
                i % 2 == 0 ? "F" : "M"
            )}</Sex>
            <BasicDetails><NCyearActual>{year}</NCyearActual><Ethnicity>WBRI</Ethnicity><Languages><Type><LanguageType>F</LanguageType><Language>ENG</Language></Type></Languages></BasicDetails>
            <LookedAfter><InCare>false</InCare></LookedAfter>
            <FSMhistory><FSMinstance><FSMstartDate>2019-01-07</FSMstartDate></FSMinstance></FSMhistory>
            <SENhistory><SEN><StartDate>2018-09-05</StartDate><SENprovision>K</SENprovision></SEN></SENhistory>
            <Address><BS7666Address><PAON>{i}</PAON><Street>HIGH STREET</Street><Town>DERBY</Town></BS7666Address><Postcode>DE1 1AA</Postcode></Address>
            <Contacts><Contact><Surname>PARENT</Surname><Forename>ONE</Forename><Phones><Phone><PhoneNo>01332 000000</PhoneNo></Phone></Phones></Contact></Contacts>
            <Attendance><YearData><Year>2020</Year><SessionsPossible>300</SessionsPossible><SessionsAuthorised>4</SessionsAuthorised></YearData></Attendance>
            <StageAssessments><KeyStage><Stage>KS2</Stage><StageAssessment><Subject>MAT</Subject><Method>TT</Method><Result>100</Result></StageAssessment></KeyStage></StageAssessments>
            <SchoolHistory><School><LEA>831</LEA><Estab>2001</Estab><EntryDate>2015-09-03</EntryDate></School></SchoolHistory>
            </Pupil>

            """;
    }

    // A write-only stream that counts bytes, so that the benchmark measures the writer, not a MemoryStream's growth.
    private sealed class CountingStream : Stream
    {
        private long length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => length;

        public override long Position
        {
            get => length;
            set => throw new NotSupportedException();
        }

        public override void Flush() { }

        public override int Read(byte[] buffer, int offset, int count) =>
            throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) =>
            throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => length += count;
    }
}
