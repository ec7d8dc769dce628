using System;

namespace Careers.Tests.Identifiers;

public class UpnLaNumberValidatorTests
{
    [Fact]
    public void Validate_KnownLaNumber_IsValid()
    {
        var validator = new UpnLaNumberValidator([801, 831]);

        Assert.Null(validator.Validate(Upn.Parse("H801200001001")));
    }

    [Fact]
    public void Validate_UnknownLaNumber_NamesIt()
    {
        var validator = new UpnLaNumberValidator([831]);

        var error = validator.Validate(Upn.Parse("H801200001001"));

        Assert.NotNull(error);
        Assert.Equal("upn.la-number", error.Code);
        Assert.Contains("LA number 801", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_EmptyOrOutOfRangeList_Throws()
    {
        Assert.Throws<ArgumentException>(() => new UpnLaNumberValidator([]));
        Assert.Throws<ArgumentException>(() => new UpnLaNumberValidator([1000]));
        Assert.Throws<ArgumentNullException>(() => new UpnLaNumberValidator(null!));
    }
}
