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
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = settings.Value.Issuer,
                    ValidAudience = settings.Value.Audience,
                    IssuerSigningKey = PlatformTokenIssuer.CreateSigningKey(settings.Value),
                    NameClaimType = PlatformClaims.Subject,
                    RoleClaimType = PlatformClaims.Role,
                    ClockSkew = TimeSpan.FromMinutes(1),
                };
            });

        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
    }
}
