using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Volunteer.Contracts.Auth;

namespace Volunteer.ServiceDefaults.Auth;

internal static class PlatformAuthenticationExtensions
{
    /// <summary>
    /// Every endpoint needs a valid platform token unless it opts out (health, reflection):
    /// deny by default, so a new RPC cannot be left open by forgetting an attribute.
    /// </summary>
    public static void AddPlatformAuthentication(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PlatformTokenSettings>()
            .Bind(builder.Configuration.GetSection(PlatformTokenSettings.SectionName))
            .Validate(s => s.SigningKey.Length >= PlatformTokenSettings.MinimumKeyLength,
                $"{PlatformTokenSettings.SectionName}:SigningKey must be at least {PlatformTokenSettings.MinimumKeyLength} characters.")
            .ValidateOnStart();

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<PlatformTokenSettings>>((options, settings) =>
            {
                // Keep the claim names the tokens use ("sub", "role") instead of the legacy SOAP URIs.
                options.MapInboundClaims = false;
                options.TokenValidationParameters = ValidationOf(settings.Value);
                options.Events = new JwtBearerEvents { OnTokenValidated = PlatformTokenClaims.DemandValidAsync };
            });

        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
    }

    /// <summary>One algorithm, the platform's issuer and audience, and a bounded, required lifetime.</summary>
    private static TokenValidationParameters ValidationOf(PlatformTokenSettings settings) => new()
    {
        ValidIssuer = settings.Issuer,
        ValidAudience = settings.Audience,
        ValidateIssuer = true,
        ValidateAudience = true,
        RequireAudience = true,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        IssuerSigningKey = PlatformTokenIssuer.CreateSigningKey(settings),
        NameClaimType = PlatformClaims.Subject,
        RoleClaimType = PlatformClaims.Role,
        ClockSkew = TimeSpan.FromMinutes(1),
        LifetimeValidator = (notBefore, expires, _, parameters) =>
            notBefore is { } from && expires is { } until
            && until - from <= settings.MaxLifetime
            && from <= DateTime.UtcNow + parameters.ClockSkew
            && until > DateTime.UtcNow - parameters.ClockSkew,
    };
}
