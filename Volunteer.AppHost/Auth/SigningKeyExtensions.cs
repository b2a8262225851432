using Volunteer.Contracts.Auth;

namespace Volunteer.AppHost.Auth;

internal static class SigningKeyExtensions
{
    public const string ParameterName = "jwt-signing-key";

    /// <summary>The key every service checks tokens with; stable, so minted tokens outlive restarts.</summary>
    public static IResourceBuilder<ParameterResource> AddSigningKey(this IDistributedApplicationBuilder builder) =>
        builder.AddPlatformSecret(ParameterName, "Signs and checks platform bearer tokens (HMAC-SHA256).",
            (secrets, name) => secrets.GetOrCreatePassword(name));

    /// <summary>A short-lived provincial-admin token for a dashboard command acting on a service.</summary>
    public static async Task<string> IssueOperatorTokenAsync(
        this IResourceBuilder<ParameterResource> signingKey, CancellationToken cancellationToken)
    {
        var key = await signingKey.Resource.GetValueAsync(cancellationToken);
        return CreateIssuer(key!)
            .Issue("dashboard-operator", PlatformRoles.ProvincialAdmin, null, TimeSpan.FromMinutes(5));
    }

    public static PlatformTokenIssuer CreateIssuer(string signingKey) =>
        new(new PlatformTokenSettings { SigningKey = signingKey }, TimeProvider.System);
}
