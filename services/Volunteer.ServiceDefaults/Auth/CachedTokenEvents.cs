using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Volunteer.ServiceDefaults.Auth;

/// <summary>
/// Ties the bearer handler to the <see cref="ValidatedTokenCache"/>: a token seen before is taken as full
/// validation took it, before the handler starts; a token full validation accepts is remembered after.
/// </summary>
internal static class CachedTokenEvents
{
    private const string BearerPrefix = "Bearer ";

    /// <summary>Reads the header as the bearer handler does; a token not in the cache goes on to it.</summary>
    public static Task ReuseAsync(MessageReceivedContext context, ValidatedTokenCache cache)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        if (authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
            && cache.TryGet(authorization[BearerPrefix.Length..].Trim(), out var principal))
        {
            context.Principal = principal;
            context.Success();
        }

        return Task.CompletedTask;
    }

    /// <summary>After the platform's own checks of the claims: only a token they also accepted is kept.</summary>
    public static void Remember(TokenValidatedContext context, ValidatedTokenCache cache)
    {
        if (context.Result is null && context.Principal is { } principal && context.SecurityToken is JsonWebToken token)
        {
            cache.Add(token.EncodedToken, principal, new DateTimeOffset(token.ValidTo, TimeSpan.Zero));
        }
    }
}
