using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Careers.Tests;

public class ServiceCollectionTests
{
    [Fact]
    public void AddCareersAbstractions_RegistersTheSystemClockOnce()
    {
        var services = new ServiceCollection();

        services.AddCareersAbstractions().AddCareersAbstractions();

        Assert.Single(services, d => d.ServiceType == typeof(IClock));
        Assert.Same(
            SystemClock.Instance,
            services.BuildServiceProvider().GetRequiredService<IClock>()
        );
    }

    [Fact]
    public void AddCareersAbstractions_KeepsAClockRegisteredFirst()
    {
        var fixedClock = new FixedClock(Instant.FromUtc(2025, 1, 1, 0, 0));
        var services = new ServiceCollection().AddSingleton<IClock>(fixedClock);

        services.AddCareersAbstractions();

        Assert.Same(fixedClock, services.BuildServiceProvider().GetRequiredService<IClock>());
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
