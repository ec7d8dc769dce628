using Careers.SampleHost.Dashboard;
using Microsoft.AspNetCore.Routing;

namespace Careers.SampleHost.Api;

/// <summary>
/// The host's minimal API, one feature a file: <c>Api/Area</c>, <c>Api/Institutions</c>, <c>Api/Learners</c>,
/// <c>Api/Funding</c>, <c>Api/Transfers</c>, <c>Api/ProviderAccess</c> and the import; the dashboard beside them.
/// </summary>
internal static class Endpoints
{
    public static IEndpointRouteBuilder MapCareersApi(this IEndpointRouteBuilder app)
    {
        app.MapAreaApi();
        app.MapInstitutionApi();
        app.MapLearnerApi();
        app.MapFundingApi();
        app.MapDashboard();
        app.MapImportApi();
        app.MapLearnerImportApi();
        app.MapCtfTransferApi();
        app.MapTransferApi();
        app.MapProviderAccessApi();
        return app;
    }
}
