using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Volunteer.Contracts.Auth;
using Volunteer.ServiceDefaults.Auth;

namespace Volunteer.Testing;

/// <summary>
/// The token issuer of a service test run: publishes an OpenID Connect discovery document and its public
/// key on a loopback port, as the identity service does, so services under test fetch and check keys the
/// way they do in production; and signs the tokens the tests need. One per test process.
/// </summary>
public sealed class TestTokenIssuer
{
    private static readonly Lazy<Task<TestTokenIssuer>> Shared = new(StartAsync);
    private TestTokenIssuer(string authority, RsaSecurityKey key)
    {
        Authority = authority;
        Key = key;
    }

    /// <summary>The issuer's address and "iss": services take it as Authentication:Platform:Authority.</summary>
    public string Authority { get; }

    public RsaSecurityKey Key { get; }

    public static Task<TestTokenIssuer> GetAsync() => Shared.Value;

    /// <summary>Points a service at this issuer: its discovery document over loopback HTTP.</summary>
    public void ServeTo(IWebHostBuilder service)
    {
        service.UseSetting($"{PlatformTokenOptions.SectionName}:Authority", Authority);
        service.UseSetting($"{PlatformTokenOptions.SectionName}:RequireHttpsMetadata", "false");
    }

    /// <summary>A token with one grant: the role, for the union unless the role is province-wide.</summary>
    public string Issue(string subject, string role, string? unionId, TimeSpan lifetime) =>
        Issue(subject, [GrantOf(role, unionId)], lifetime);

    public string Issue(string subject, IReadOnlyList<RoleGrant> grants, TimeSpan lifetime) =>
        Sign(Describe(subject, grants, lifetime), new SigningCredentials(Key, SecurityAlgorithms.RsaSha256));

    /// <summary>What the issuer signs, for tests that spoil it.</summary>
    public SecurityTokenDescriptor Describe(string subject, IReadOnlyList<RoleGrant> grants, TimeSpan lifetime)
    {
        var now = DateTime.UtcNow;
        return new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = PlatformClaims.ApiAudience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.Add(lifetime),
            Claims = new Dictionary<string, object>
            {
                [PlatformClaims.Subject] = subject,
                [PlatformClaims.Grant] = grants.Select(g => g.ToClaimValue()).ToArray(),
            },
        };
    }

    public static string Sign(SecurityTokenDescriptor descriptor, SigningCredentials? credentials)
    {
        descriptor.SigningCredentials = credentials;
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    private static RoleGrant GrantOf(string role, string? unionId) => PlatformRoles.IsProvinceWide(role)
        ? new RoleGrant(role)
        : new RoleGrant(role, Guid.TryParse(unionId, out var union) ? union
            : PlatformRoles.NeedsUnion(role) ? Guid.NewGuid() : null);

    private static async Task<TestTokenIssuer> StartAsync()
    {
        var key = new RsaSecurityKey(RSA.Create(2048)) { KeyId = Guid.NewGuid().ToString("N") };
        var builder = WebApplication.CreateSlimBuilder();
        // Not the test project's settings, which name the service's own endpoints.
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        // Known once the server has its port; the handlers read it per request.
        var authority = "";
        var publicKey = key.Rsa.ExportParameters(includePrivateParameters: false);
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = authority,
            ["jwks_uri"] = authority + ".well-known/jwks",
            ["id_token_signing_alg_values_supported"] = new[] { SecurityAlgorithms.RsaSha256 },
        }));
        app.MapGet("/.well-known/jwks", () => Results.Json(new Dictionary<string, object>
        {
            ["keys"] = new[]
            {
                new Dictionary<string, string>
                {
                    ["kty"] = "RSA", ["use"] = "sig", ["alg"] = SecurityAlgorithms.RsaSha256, ["kid"] = key.KeyId,
                    ["n"] = Base64UrlEncoder.Encode(publicKey.Modulus),
                    ["e"] = Base64UrlEncoder.Encode(publicKey.Exponent),
                },
            },
        }));
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        var address = addresses.Addresses.Single();
        authority = address.TrimEnd('/') + "/";
        return new TestTokenIssuer(authority, key);
    }
}
