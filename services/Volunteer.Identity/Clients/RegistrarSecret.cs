using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Volunteer.Identity.Clients;

/// <summary>
/// The secret this service authenticates to itself with. Configured outside Development (every replica
/// must agree on it); in Development, when not set, made for this run.
/// </summary>
public sealed class RegistrarSecret(IOptions<ClientSettings> settings)
{
    public string Value { get; } = settings.Value.Registrar.Secret is { Length: > 0 } secret
        ? secret
        : Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
