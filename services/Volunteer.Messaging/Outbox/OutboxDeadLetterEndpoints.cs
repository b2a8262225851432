using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Operations;

namespace Volunteer.Messaging.Outbox;

public static class OutboxDeadLetterEndpoints
{
    /// <summary>
    /// Lets ops put the service's dead letters back in line (the dashboard's "Retry dead-lettered events").
    /// Provincial admins only: it republishes events every other service acts on.
    /// </summary>
    public static IEndpointRouteBuilder MapOutboxDeadLetters(this IEndpointRouteBuilder app)
    {
        app.MapPost(OperationsPaths.RetryDeadLetters, async (OutboxDeadLetters deadLetters, CancellationToken cancel) =>
                TypedResults.Ok(new { Retried = await deadLetters.RetryAsync(cancel) }))
            .RequireAuthorization(policy => policy.RequireRole(PlatformRoles.ProvincialAdmin));
        return app;
    }
}
