using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using Volunteer.Contracts.Auth;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Volunteer.Identity.Clients;

/// <summary>The clients as configuration describes them; ones without a secret are left out.</summary>
public sealed class ClientDescriptors(
    IOptions<ClientSettings> options, RegistrarSecret registrar, IHostEnvironment environment)
{
    public const string DevelopmentGrantType = "urn:volunteer:grant-type:development";

    private const string ApiScope = Permissions.Prefixes.Scope + PlatformClaims.ApiScope;

    public IEnumerable<OpenIddictApplicationDescriptor> All()
    {
        var settings = options.Value;
        yield return Console(settings.Console);
        yield return Service(ClientIds.Registrar, registrar.Value, Permissions.GrantTypes.ClientCredentials);
        if (settings.Operator.Secret is { Length: > 0 } operatorSecret)
        {
            yield return Service(ClientIds.Operator, operatorSecret, Permissions.GrantTypes.ClientCredentials);
        }

        if (environment.IsDevelopment() && settings.Development.Secret is { Length: > 0 } developmentSecret)
        {
            yield return Service(ClientIds.Development, developmentSecret,
                Permissions.Prefixes.GrantType + DevelopmentGrantType);
        }
    }

    private static OpenIddictApplicationDescriptor Console(ConsoleClientSettings settings)
    {
        var console = new OpenIddictApplicationDescriptor
        {
            ClientId = ClientIds.Console,
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = "工会志愿服务管理台",
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code, Permissions.Scopes.Profile, ApiScope,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        console.RedirectUris.UnionWith(settings.RedirectUris.Select(u => new Uri(u)));
        console.PostLogoutRedirectUris.UnionWith(settings.PostLogoutRedirectUris.Select(u => new Uri(u)));
        return console;
    }

    private static OpenIddictApplicationDescriptor Service(string clientId, string secret, string grantType) => new()
    {
        ClientId = clientId,
        ClientSecret = secret,
        ClientType = ClientTypes.Confidential,
        Permissions = { Permissions.Endpoints.Token, grantType, ApiScope },
    };
}
