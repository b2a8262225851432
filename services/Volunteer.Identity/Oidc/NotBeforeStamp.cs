using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;
using static OpenIddict.Server.OpenIddictServerHandlers.Protection;

namespace Volunteer.Identity.Oidc;

/// <summary>
/// Stamps "nbf" (the issue time) on every token OpenIddict writes: the platform's services require it to
/// bound a token's lifetime, and OpenIddict leaves it out.
/// </summary>
public sealed class NotBeforeStamp : IOpenIddictServerHandler<GenerateTokenContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<GenerateTokenContext>()
            .UseSingletonHandler<NotBeforeStamp>()
            .SetOrder(GenerateIdentityModelToken.Descriptor.Order - 1)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(GenerateTokenContext context)
    {
        var descriptor = context.SecurityTokenDescriptor;
        descriptor.NotBefore ??= descriptor.IssuedAt;
        return ValueTask.CompletedTask;
    }
}
