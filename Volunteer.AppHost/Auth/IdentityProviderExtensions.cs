using Microsoft.Extensions.Hosting;
using Volunteer.AppHost.Infrastructure;

namespace Volunteer.AppHost.Auth;

internal static class IdentityProviderExtensions
{
    /// <summary>
    /// The identity service with its keys and client secrets: generated once into the local data folder and
    /// kept with the accounts they protect, or "Parameters:&lt;name&gt;" from a secret store in production.
    /// </summary>
    public static IdentityProvider AddIdentityProvider(
        this IDistributedApplicationBuilder builder, PlatformInfrastructure infrastructure)
    {
        var signingKey = builder.AddPlatformSecret("identity-signing-key",
            "Signs access and identity tokens (RSA, RS256); its public half is published at the issuer's JWKS.",
            (secrets, name) => secrets.GetOrCreateRsaKey(name));
        var encryptionKey = builder.AddPlatformSecret("identity-encryption-key",
            "Encrypts authorization codes and refresh tokens (AES-256).",
            (secrets, name) => secrets.GetOrCreateKey(name));
        var operatorSecret = builder.AddPlatformSecret("identity-operator-client-secret",
            "The dashboard's client secret (client credentials, provincial admin).",
            (secrets, name) => secrets.GetOrCreatePassword(name));
        var registrarSecret = builder.AddPlatformSecret("identity-registrar-client-secret",
            "The identity service's own client secret for registering volunteers who sign up.",
            (secrets, name) => secrets.GetOrCreatePassword(name));

        var service = builder.AddPlatformProject<Projects.Volunteer_Identity>("identity", 5105, infrastructure)
            .WithReplicas(builder.ReplicaCount("identity"))
            .WithEndpoint("http", endpoint => endpoint.Port = builder.FixedPorts() ? 5100 : null)
            .WithEnvironment("Identity__SigningKey", signingKey)
            .WithEnvironment("Identity__EncryptionKey", encryptionKey)
            .WithEnvironment("Identity__Clients__Operator__Secret", operatorSecret)
            .WithEnvironment("Identity__Clients__Registrar__Secret", registrarSecret);
        service.WithEnvironment("Identity__Issuer", service.GetEndpoint("http"));

        IResourceBuilder<ParameterResource>? developmentSecret = null;
        if (builder.Environment.IsDevelopment())
        {
            // Acts as anyone: a development convenience for the demo seeder and ./volunteer.sh token only.
            developmentSecret = builder.AddPlatformSecret("identity-development-client-secret",
                "The development client's secret: tokens for any subject and role, in Development only.",
                (secrets, name) => secrets.GetOrCreatePassword(name));
            service.WithEnvironment("Identity__Clients__Development__Secret", developmentSecret)
                // The demo seeder acts as a thousand volunteers from one address.
                .WithEnvironment("RateLimits__sign-in__PermitLimit", "100000");
        }

        var identity = new IdentityProvider(service, operatorSecret, developmentSecret);
        service.WithPlatformIdentity(identity);
        if (developmentSecret is not null)
        {
            service.WithDevelopmentTokenCommand(identity, developmentSecret);
        }

        return identity;
    }

    /// <summary>Tokens of the platform's issuer only, its keys read from its discovery document.</summary>
    public static IResourceBuilder<ProjectResource> WithTokenIssuer(
        this IResourceBuilder<ProjectResource> service, IdentityProvider identity) => service
        .WithEnvironment("Authentication__Platform__Authority", identity.Issuer)
        // Local runs serve the issuer over loopback HTTP; production configures an HTTPS authority.
        .WithEnvironment("Authentication__Platform__RequireHttpsMetadata", "false");
}
