using Microsoft.IdentityModel.Tokens;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using Volunteer.Contracts.Auth;
using Volunteer.Identity.Clients;
using Volunteer.Identity.Data;
using Volunteer.Identity.Keys;
using Volunteer.Identity.Oidc;
using Volunteer.ServiceDefaults.Database;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Volunteer.Identity.Extensions;

internal static class OidcServerExtensions
{
    public static readonly TimeSpan AccessTokenLifetime = TimeSpan.FromMinutes(30);

    /// <summary>
    /// The OpenID Connect provider: code flow with PKCE, refresh tokens (rolling), client credentials and,
    /// in Development, the development grant. Access tokens are plain signed JWTs every service can check
    /// against the published keys.
    /// </summary>
    public static void AddOidcServer(this IHostApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddOptions<IdentityKeyOptions>()
            .Bind(builder.Configuration.GetSection(IdentityKeyOptions.SectionName))
            .Validate(o => Uri.TryCreate(o.Issuer, UriKind.Absolute, out _), "Identity:Issuer must be an absolute URL.")
            .Validate(o => development || o.HasKeys, "Identity:SigningKey and Identity:EncryptionKey are required.")
            .Validate(o => o.SigningKey is not { Length: > 0 } pem || ServerKeys.IsValidSigningKey(pem),
                "Identity:SigningKey must be an RSA private key of 2048 bits or more, in PEM.")
            .Validate(o => o.EncryptionKey is not { Length: > 0 } key || ServerKeys.IsValidEncryptionKey(key),
                "Identity:EncryptionKey must be base64 of 32 bytes.")
            .Validate(o => o.PreviousSigningKeys.All(ServerKeys.IsValidSigningKey),
                "Identity:PreviousSigningKeys must be RSA keys in PEM.")
            .ValidateOnStart();
        builder.Services.AddOptions<ClientSettings>().Bind(builder.Configuration.GetSection(ClientSettings.SectionName))
            .Validate(s => development || s.Registrar.Secret is { Length: > 0 },
                "Identity:Clients:Registrar:Secret is required.")
            .ValidateOnStart();
        builder.Services.AddSingleton<ServerKeys>();
        builder.Services.AddSingleton<RegistrarSecret>();
        builder.Services.AddScoped<ClientDescriptors>();
        builder.Services.AddScoped<TokenPrincipals>();
        builder.Services.AddStartupStep<AccountsDbContext, ClientRegistration>();
        builder.Services.AddScoped<EndedTokenPruning>();
        builder.Services.AddHostedService<TokenPruningService>();

        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<AccountsDbContext>())
            .AddServer(server =>
            {
                server.SetAuthorizationEndpointUris(OidcEndpoints.Authorize)
                    .SetTokenEndpointUris(OidcEndpoints.Token)
                    .SetEndSessionEndpointUris(OidcEndpoints.EndSession)
                    .SetUserInfoEndpointUris(OidcEndpoints.UserInfo)
                    .AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowRefreshTokenFlow()
                    .AllowClientCredentialsFlow()
                    .RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.OfflineAccess, PlatformClaims.ApiScope)
                    .SetAccessTokenLifetime(AccessTokenLifetime)
                    .DisableAccessTokenEncryption()
                    .AddEventHandler(PreviousKeysPublisher.Descriptor)
                    .AddEventHandler(NotBeforeStamp.Descriptor);
                if (development)
                {
                    server.AllowCustomFlow(ClientDescriptors.DevelopmentGrantType);
                }

                server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough();
            });
        builder.Services.AddOptions<OpenIddictServerAspNetCoreOptions>().Configure<IOptions<IdentityKeyOptions>>(
            (options, settings) =>
                // Plain http only where the issuer itself is (a developer's machine, a test).
                options.DisableTransportSecurityRequirement = IssuerOf(settings.Value).Scheme == Uri.UriSchemeHttp);
        builder.Services.AddOptions<OpenIddictServerOptions>().Configure<ServerKeys, IOptions<IdentityKeyOptions>>(
            (options, keys, settings) =>
            {
                options.Issuer = IssuerOf(settings.Value);
                options.SigningCredentials.Add(new SigningCredentials(keys.Signing, SecurityAlgorithms.RsaSha256));
                options.EncryptionCredentials.Add(new EncryptingCredentials(
                    keys.Encryption, SecurityAlgorithms.Aes256KW, SecurityAlgorithms.Aes256CbcHmacSha512));
            });
    }

    private static Uri IssuerOf(IdentityKeyOptions settings) => new(settings.Issuer, UriKind.Absolute);
}
