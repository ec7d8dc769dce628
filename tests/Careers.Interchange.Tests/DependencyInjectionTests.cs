using System;
using Microsoft.Extensions.DependencyInjection;

namespace Careers.Interchange.Tests;

public class DependencyInjectionTests
{
    [Fact]
    public void AddCareersInterchange_RegistersTheOptions_FirstRegistrationWins()
    {
        var options = new CtfReadOptions { NewerVersions = CtfVersionPolicy.Refuse };
        var provider = new ServiceCollection()
            .AddCareersInterchange(options)
            .AddCareersInterchange()
            .BuildServiceProvider();

        Assert.Same(options, provider.GetRequiredService<CtfReadOptions>());
        Assert.NotNull(provider.GetRequiredService<NodaTime.IClock>());
    }

    [Fact]
    public void AddCareersInterchange_RefusesAMaximumThatIsNotPositive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new ServiceCollection().AddCareersInterchange(new CtfReadOptions { MaxPupils = 0 })
        );
    }
}
