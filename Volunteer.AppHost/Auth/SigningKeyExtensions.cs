using Microsoft.Extensions.Configuration;
using Volunteer.AppHost.Infrastructure.Local;
using Volunteer.Contracts.Auth;

namespace Volunteer.AppHost.Auth;

internal static class SigningKeyExtensions
{
    public const string ParameterName = "jwt-signing-key";

    /// <summary>
    /// The key every service checks tokens with: "Parameters:jwt-signing-key" when configured
    /// (production secret store, tests), otherwise generated once into the local data folder so
    /// tokens minted by <c>./volunteer.sh token</c> keep working across restarts.
    /// </summary>
    public static IResourceBuilder<ParameterResource> AddSigningKey(this IDistributedApplicationBuilder builder)
    {
        var key = FindSigningKey(builder.Configuration, create: true)!;
        return builder.AddParameter(ParameterName, key, secret: true)
            .WithDescription("Signs and checks platform bearer tokens (HMAC-SHA256).");
    }

    public static string? FindSigningKey(IConfiguration configuration, bool create)
    {
        var configured = configuration[$"Parameters:{ParameterName}"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var secrets = new LocalSecrets(LocalDataDirectory.Resolve(configuration));
        return create ? secrets.GetOrCreate(ParameterName) : secrets.Find(ParameterName);
    }

    public static PlatformTokenIssuer CreateIssuer(string signingKey) =>
        new(new PlatformTokenSettings { SigningKey = signingKey }, TimeProvider.System);
}
