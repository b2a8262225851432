using Volunteer.Contracts.Auth;

namespace Volunteer.AppHost.Auth;

internal static class SigningKeyExtensions
{
    public const string ParameterName = "jwt-signing-key";

    /// <summary>The key every service checks tokens with; stable, so minted tokens outlive restarts.</summary>
    public static IResourceBuilder<ParameterResource> AddSigningKey(this IDistributedApplicationBuilder builder) =>
        builder.AddPlatformSecret(ParameterName, "Signs and checks platform bearer tokens (HMAC-SHA256).",
            (secrets, name) => secrets.GetOrCreatePassword(name));

    public static PlatformTokenIssuer CreateIssuer(string signingKey) =>
        new(new PlatformTokenSettings { SigningKey = signingKey }, TimeProvider.System);
}
