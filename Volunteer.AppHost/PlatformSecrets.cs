using Microsoft.Extensions.Configuration;
using Volunteer.AppHost.Infrastructure.Local;

namespace Volunteer.AppHost;

/// <summary>
/// Secrets the services share: "Parameters:&lt;name&gt;" when configured (production secret store,
/// tests); otherwise generated once into the local data folder and kept with the data they protect,
/// so a restart finds the same ones.
/// </summary>
internal static class PlatformSecrets
{
    public static IResourceBuilder<ParameterResource> AddPlatformSecret(
        this IDistributedApplicationBuilder builder, string name, string description, Func<LocalSecrets, string, string> generate) =>
        builder.AddParameter(name, Find(builder.Configuration, name, generate)!, secret: true).WithDescription(description);

    /// <param name="generate">How to make the value when there is none; null to only look.</param>
    public static string? Find(IConfiguration configuration, string name, Func<LocalSecrets, string, string>? generate)
    {
        var configured = configuration[$"Parameters:{name}"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var secrets = new LocalSecrets(LocalDataDirectory.Resolve(configuration));
        return generate is null ? secrets.Find(name) : generate(secrets, name);
    }
}
