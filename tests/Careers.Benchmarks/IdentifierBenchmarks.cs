using BenchmarkDotNet.Attributes;
using NodaTime;

namespace Careers.Benchmarks;

/// <summary>
/// Reading identifiers and school time is on the import path of every MIS export: a million rows means a million
/// UPNs parsed. These measure the cost per value.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class IdentifierBenchmarks
{
    private const string ValidUpn = "H801200001001";
    private const string MistypedUpn = "Q000000000001";
    private static readonly LocalDate DateOfBirth = new(2013, 8, 31);
    private static readonly AcademicYear Year = new(2024);

    [Benchmark]
    public Upn ParseUpn() => Upn.Parse(ValidUpn);

    [Benchmark]
    public ValidationError? ValidateMistypedUpn() => Upn.Validate(MistypedUpn).Error;

    [Benchmark]
    public Urn ParseUrn() => Urn.Parse("112233");

    [Benchmark]
    public AcademicYear ParseAcademicYear() => AcademicYear.Parse("2024/25");

    [Benchmark]
    public YearGroup? ExpectedYearGroup() => SchoolCalendar.ExpectedYearGroup(DateOfBirth, Year);
}
