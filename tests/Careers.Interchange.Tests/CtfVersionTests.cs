namespace Careers.Interchange.Tests;

/// <summary><c>CTFversion</c>: digits, optionally a dot and digits, at most four of each.</summary>
public class CtfVersionTests
{
    [Theory]
    [InlineData("21.0", 21, 0)]
    [InlineData("21", 21, 0)]
    [InlineData("20.3", 20, 3)]
    [InlineData("  21.1  ", 21, 1)]
    [InlineData("9999.9999", 9999, 9999)]
    [InlineData("0021.00", 21, 0)]
    public void Version_IsRead(string text, int major, int minor)
    {
        Assert.True(CtfVersion.TryParse(text, out var version));
        Assert.Equal(new CtfVersion(major, minor), version);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(".")]
    [InlineData("21.")]
    [InlineData(".0")]
    [InlineData("10000.0")]
    [InlineData("21.10000")]
    [InlineData("21.0.0")]
    [InlineData("+21.0")]
    [InlineData("-21")]
    [InlineData("21.-1")]
    [InlineData("2 1.0")]
    [InlineData("twenty")]
    [InlineData("٢١.٠")]
    public void NotAVersion_IsRefused_WithTheDefault(string? text)
    {
        Assert.False(CtfVersion.TryParse(text, out var version));
        Assert.Equal(default, version);
    }

    [Fact]
    public void TheSupportedVersions_AreCtf20AndCtf21()
    {
        Assert.Equal((20, 0), (CtfVersion.Ctf20.Major, CtfVersion.Ctf20.Minor));
        Assert.Equal((21, 0), (CtfVersion.Ctf21.Major, CtfVersion.Ctf21.Minor));
    }

    [Theory]
    [InlineData(21, 0, "21.0")]
    [InlineData(20, 12, "20.12")]
    [InlineData(-1, 0, "-1.0")]
    public void Version_IsWrittenAsTheHeaderWritesIt(int major, int minor, string text)
    {
        var version = new CtfVersion(major, minor);

        Assert.Equal(text, version.ToString());
    }
}
