namespace Careers.Tests;

public class SmokeTests
{
    [Fact]
    public void Placeholder_Exists() => Assert.NotNull(typeof(Placeholder));
}
