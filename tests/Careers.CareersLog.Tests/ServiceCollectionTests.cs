using System;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Careers.CareersLog.Tests;

public class ServiceCollectionTests
{
    [Fact]
    public void AddCareersLog_RegistersAValidator_WithTheConfiguredLimit_Once()
    {
        var services = new ServiceCollection();
        services.AddCareersLog(o => o.MaxDocumentBytes = 4096).AddCareersLog();
        var provider = services.BuildServiceProvider();

        Assert.Equal(4096, provider.GetRequiredService<CareersLogValidator>().MaxDocumentBytes);
        Assert.Single(services, d => d.ServiceType == typeof(CareersLogValidator));
        // What AddCareersAbstractions registers comes too.
        Assert.NotNull(provider.GetRequiredService<IClock>());
        Assert.Equal(
            CareersLogReadOptions.DefaultMaxDocumentBytes,
            new ServiceCollection()
                .AddCareersLog()
                .BuildServiceProvider()
                .GetRequiredService<CareersLogValidator>()
                .MaxDocumentBytes
        );
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new ServiceCollection().AddCareersLog(o => o.MaxDocumentBytes = -1)
        );
        Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddCareersLog());
    }
}
