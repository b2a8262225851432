using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Volunteer.Identity.Keys;

/// <summary>
/// Adds earlier signing keys to the published key set, after OpenIddict has added the current one, so
/// tokens signed before a key rollover still validate until they expire.
/// </summary>
public sealed class PreviousKeysPublisher(ServerKeys keys) : IOpenIddictServerHandler<HandleJsonWebKeySetRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<HandleJsonWebKeySetRequestContext>()
            .UseSingletonHandler<PreviousKeysPublisher>()
            .SetOrder(int.MaxValue - 100_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(HandleJsonWebKeySetRequestContext context)
    {
        foreach (var key in keys.Previous)
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(key);
            jwk.Use = JsonWebKeyUseNames.Sig;
            jwk.Alg = SecurityAlgorithms.RsaSha256;
            context.Keys.Add(jwk);
        }

        return ValueTask.CompletedTask;
    }
}
