using Volunteer.AppHost.Auth;

namespace Volunteer.AppHost.Console;

internal static class WebConsoleExtensions
{
    private const int FixedPort = 5173;

    /// <summary>
    /// The union office web console (clients/web, Vite's server): told where the identity service and the
    /// services' gRPC-Web endpoints are; the identity service accepts its redirect URIs and every service
    /// allows its origin, and no other, for gRPC-Web.
    /// </summary>
    public static IResourceBuilder<ExecutableResource> AddWebConsole(
        this IDistributedApplicationBuilder builder, IdentityProvider identity,
        params IResourceBuilder<ProjectResource>[] services)
    {
        var folder = Path.Combine(builder.AppHostDirectory, "..", "clients", "web");
        var console = builder.AddExecutable("console", "npm", folder, "run", "dev")
            .WithHttpEndpoint(port: builder.FixedPorts() ? FixedPort : null, env: "PORT")
            .WithEnvironment("VITE_IDENTITY_URL", identity.Issuer)
            .WithHttpHealthCheck("/")
            .WaitFor(identity.Service);
        var origin = console.GetEndpoint("http");
        foreach (var service in services)
        {
            console.WithEnvironment(
                $"VITE_{service.Resource.Name.ToUpperInvariant()}_URL", service.GetEndpoint("http"));
            service.WithEnvironment("Cors__AllowedOrigins__0", origin);
        }

        identity.Service
            .WithEnvironment("Cors__AllowedOrigins__0", origin)
            .WithEnvironment("Identity__Clients__Console__RedirectUris__0",
                ReferenceExpression.Create($"{origin}/signin-callback"))
            .WithEnvironment("Identity__Clients__Console__PostLogoutRedirectUris__0",
                ReferenceExpression.Create($"{origin}/"));
        return console.WithUrlForEndpoint("http", url => url.DisplayText = "Union office console");
    }
}
