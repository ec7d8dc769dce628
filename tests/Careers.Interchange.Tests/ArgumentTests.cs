using System;
using System.IO;
using Careers.CareersLog;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Careers.Interchange.Tests;

/// <summary>
/// A missing or malformed argument is the caller's mistake and throws at once, naming the argument (src/Shared/Guard.cs
/// through the public API); bad data never throws.
/// </summary>
public class ArgumentTests
{
    private static readonly CtfPupil Pupil = new(CtfSamples.Upn1, new LocalDate(2009, 10, 2))
    {
        NcYearActual = "6",
    };

    private static readonly CtfMappingOptions Options = CtfMappingOptions.ForHeader(
        CtfSamples.Header()
    );

    private static readonly LogSchool Primary = new(
        Urn.Parse("112233"),
        LaEstab.Parse("8312001"),
        new LocalDate(2016, 9, 5)
    );

    private static CareersLogDocument Log() =>
        CareersLogDocument.Start(LogLearner.WithUpn(CtfSamples.Upn1), Primary);

    private static string? NullParameter(Action call) =>
        Assert.Throws<ArgumentNullException>(call).ParamName;

    [Fact]
    public void Reading_WithoutAStream_Throws()
    {
        Assert.Equal("stream", NullParameter(() => CtfReader.Open(null!)));
        Assert.Equal("stream", NullParameter(() => CtfFile.Read(null!)));
    }

    [Fact]
    public void Writing_WithoutAStreamHeaderOrPupils_Throws()
    {
        using var stream = new MemoryStream();
        var header = CtfSamples.Header();

        Assert.Equal("stream", NullParameter(() => CtfWriter.Write(null!, header, [Pupil])));
        Assert.Equal("header", NullParameter(() => CtfWriter.Write(stream, null!, [Pupil])));
        Assert.Equal("pupils", NullParameter(() => CtfWriter.Write(stream, header, null!)));
        Assert.Equal(
            "pupils",
            NullParameter(() => CtfWriter.Write(stream, header, [Pupil, null!]))
        );
        Assert.Equal("header", NullParameter(() => CtfWriter.WriteToString(null!, [Pupil])));
    }

    [Fact]
    public void Mapping_WithoutAPupilOrOptions_Throws()
    {
        Assert.Equal("pupil", NullParameter(() => CtfMapping.ToLearner(null!, Options)));
        Assert.Equal("options", NullParameter(() => CtfMapping.ToLearner(Pupil, null!)));
        Assert.Equal("pupils", NullParameter(() => CtfMapping.ToLearners(null!, Options)));
        Assert.Equal("options", NullParameter(() => CtfMapping.ToLearners([], null!)));
        Assert.Equal("pupil", NullParameter(() => CtfMapping.ToLearners([Pupil, null!], Options)));
        Assert.Equal("header", NullParameter(() => CtfMappingOptions.ForHeader(null!)));
    }

    [Fact]
    public void LogTransfer_WithoutPupilsOrLogs_Throws()
    {
        Assert.Equal("pupils", NullParameter(() => CtfLogTransfer.Match(null!, [Log()])));
        Assert.Equal("logs", NullParameter(() => CtfLogTransfer.Match([Pupil], null!)));
        Assert.Equal("logs", NullParameter(() => CtfLogTransfer.Match([Pupil], [Log(), null!])));
        Assert.Equal("pupils", NullParameter(() => CtfLogTransfer.Match([Pupil, null!], [Log()])));
        Assert.Equal("pupils", NullParameter(() => CtfLogTransfer.Export(null!, [Log()])));
        Assert.Equal("logs", NullParameter(() => CtfLogTransfer.Export([Pupil], null!)));
    }

    [Fact]
    public void Registration_WithoutServicesOrEthnicityCodes_Throws()
    {
        Assert.Equal(
            "services",
            NullParameter(() =>
                CareersInterchangeServiceCollectionExtensions.AddCareersInterchange(null!)
            )
        );
        Assert.Equal(
            "options",
            NullParameter(() =>
                new ServiceCollection().AddCareersInterchange(
                    new CtfReadOptions { AdditionalEthnicityCodes = null! }
                )
            )
        );
    }

    [Fact]
    public void DocumentName_CannotBeNullOrBlank()
    {
        var header = CtfSamples.Header();

        Assert.Equal("DocumentName", NullParameter(() => _ = header with { DocumentName = null! }));
        Assert.Equal(
            "DocumentName",
            Assert.Throws<ArgumentException>(() => header with { DocumentName = " " }).ParamName
        );
        Assert.Equal(
            "DocumentName",
            Assert.Throws<ArgumentException>(() => header with { DocumentName = "" }).ParamName
        );
        Assert.Equal("Other File", (header with { DocumentName = "Other File" }).DocumentName);
        Assert.Equal(CtfHeader.CommonTransferFile, header.DocumentName);
    }

    [Fact]
    public void NewerVersions_MustBeAPolicy()
    {
        Assert.Equal(
            "NewerVersions",
            Assert
                .Throws<ArgumentOutOfRangeException>(() =>
                    new CtfReadOptions { NewerVersions = (CtfVersionPolicy)2 }
                )
                .ParamName
        );
        Assert.Equal(CtfVersionPolicy.AcceptWithWarning, new CtfReadOptions().NewerVersions);
        Assert.Equal(100_000, CtfReadOptions.Default.MaxPupils);
        Assert.Empty(CtfReadOptions.Default.AdditionalEthnicityCodes);
    }
}
