using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Volunteer.ServiceDefaults.Auth;

internal static class PlatformAuthenticationExtensions
{
    /// <summary>
    /// Every endpoint needs a valid access token of the configured issuer unless it opts out (health,
    /// reflection): deny by default, so a new RPC cannot be left open by forgetting an attribute. The
    /// issuer's signing keys come from its discovery document and follow its key rollover; no service
    /// holds a key that could make a token.
    /// </summary>
    public static void AddPlatformAuthentication(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PlatformTokenOptions>()
            .Bind(builder.Configuration.GetSection(PlatformTokenOptions.SectionName))
            .Validate(o => Uri.TryCreate(o.Authority, UriKind.Absolute, out _),
                $"{PlatformTokenOptions.SectionName}:Authority must be the token issuer's address.")
            .ValidateOnStart();

        // The real clock, as full validation's: a test's fake clock must not keep a token alive.
        builder.Services.AddSingleton(new ValidatedTokenCache(TimeProvider.System));
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<PlatformTokenOptions>, ValidatedTokenCache>((options, settings, cache) =>
            {
                var platform = settings.Value;
                options.Authority = platform.Authority;
                options.RequireHttpsMetadata = platform.RequireHttpsMetadata;
                // Keep the provider's claim names instead of the legacy SOAP URIs; they are canonicalised below.
                options.MapInboundClaims = false;
                options.TokenValidationParameters = ValidationOf(platform);
                options.Events = new JwtBearerEvents
                {
                    OnMessageReceived = context => CachedTokenEvents.ReuseAsync(context, cache),
                    OnTokenValidated = async context =>
                    {
                        await PlatformTokenClaims.CanonicaliseAsync(context, platform);
                        CachedTokenEvents.Remember(context, cache);
                    },
                };
            });

        builder.Services.AddAuthorizationBuilder().SetFallbackPolicy(new AuthorizationPolicyBuilder()
            .AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme).RequireAuthenticatedUser().Build());
    }

    /// <summary>
    /// Asymmetric signatures only, the issuer (the one the discovery document names unless configured),
    /// the audience, and a required expiry; the bound on the lifetime is checked with the claims.
    /// </summary>
    private static TokenValidationParameters ValidationOf(PlatformTokenOptions settings) => new()
    {
        ValidIssuer = string.IsNullOrWhiteSpace(settings.Issuer) ? null : settings.Issuer,
        ValidAudience = settings.Audience,
        ValidateIssuer = true,
        ValidateAudience = true,
        RequireAudience = true,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        // A public key must never verify an HMAC made with it, so symmetric algorithms are refused outright.
        ValidAlgorithms =
            [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.RsaSsaPssSha256],
        ClockSkew = TimeSpan.FromMinutes(1),
    };
}
