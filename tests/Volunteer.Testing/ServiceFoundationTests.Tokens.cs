using System.Security.Cryptography;
using Grpc.Core;
using Microsoft.IdentityModel.Tokens;
using Volunteer.Contracts.Auth;
using Xunit;

namespace Volunteer.Testing;

/// <summary>
/// Only tokens of the configured issuer, signed with a key its discovery document publishes and sensible
/// in every claim, are accepted; every other one is refused as if there were none.
/// </summary>
public abstract partial class ServiceFoundationTests<TProgram>
{
    public static TheoryData<string> ForgedTokens => new()
    {
        "signed with another key under the issuer's key id",
        "signed with another key of its own",
        "HMAC made with the issuer's public key",
        "unsigned",
        "another issuer",
        "no audience",
        "another audience",
        "role outside the closed set",
        "union that is not an id",
        "union admin for no union",
        "provincial admin for a union",
        "no grant",
        "no subject",
        "lifetime of a hundred years",
        "no expiry",
        "expired",
    };

    [Theory]
    [MemberData(nameof(ForgedTokens))]
    public async Task A_token_that_is_not_the_issuers_or_makes_no_sense_is_unauthenticated(string forgery)
    {
        using var channel = host.CreateChannel();

        var error = await Assert.ThrowsAsync<RpcException>(() => GetServiceInfoAsync(channel,
            new Metadata { { "authorization", $"Bearer {Forge(forgery)}" } }));

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    [Fact]
    public async Task The_same_token_unspoilt_is_accepted()
    {
        using var channel = host.CreateChannel();

        await GetServiceInfoAsync(channel, new Metadata { { "authorization", $"Bearer {Forge("nothing")}" } });
    }

    [Fact]
    public async Task A_forgery_of_an_accepted_tokens_claims_is_refused_after_the_token_was_cached()
    {
        using var channel = host.CreateChannel();
        var descriptor = host.Tokens.Describe(
            "someone", [new RoleGrant(PlatformRoles.ProvincialAdmin)], TimeSpan.FromMinutes(10));
        var genuine = TestTokenIssuer.Sign(
            descriptor, new SigningCredentials(host.Tokens.Key, SecurityAlgorithms.RsaSha256));
        await GetServiceInfoAsync(channel, Bearer(genuine));
        await GetServiceInfoAsync(channel, Bearer(genuine));
        var otherKey = new RsaSecurityKey(RSA.Create(2048)) { KeyId = host.Tokens.Key.KeyId };

        var error = await Assert.ThrowsAsync<RpcException>(() => GetServiceInfoAsync(channel,
            Bearer(TestTokenIssuer.Sign(descriptor, new SigningCredentials(otherKey, SecurityAlgorithms.RsaSha256)))));

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        await GetServiceInfoAsync(channel, Bearer(genuine));
    }

    private static Metadata Bearer(string token) => new() { { "authorization", $"Bearer {token}" } };

    private string Forge(string forgery)
    {
        var issuer = host.Tokens;
        var descriptor = issuer.Describe(
            "someone", [new RoleGrant(PlatformRoles.ProvincialAdmin)], TimeSpan.FromMinutes(10));
        var claims = descriptor.Claims;
        var now = DateTime.UtcNow;
        var credentials = new SigningCredentials(issuer.Key, SecurityAlgorithms.RsaSha256);
        switch (forgery)
        {
            case "signed with another key under the issuer's key id":
                credentials = new SigningCredentials(new RsaSecurityKey(RSA.Create(2048)) { KeyId = issuer.Key.KeyId },
                    SecurityAlgorithms.RsaSha256);
                break;
            case "signed with another key of its own":
                credentials = new SigningCredentials(new RsaSecurityKey(RSA.Create(2048)) { KeyId = "other" },
                    SecurityAlgorithms.RsaSha256);
                break;
            case "HMAC made with the issuer's public key":
                var publicKey = issuer.Key.Rsa.ExportSubjectPublicKeyInfo();
                credentials = new SigningCredentials(new SymmetricSecurityKey(publicKey) { KeyId = issuer.Key.KeyId },
                    SecurityAlgorithms.HmacSha256);
                break;
            case "unsigned": credentials = null; break;
            case "another issuer": descriptor.Issuer = "https://somebody-else.example/"; break;
            case "no audience": descriptor.Audience = null; break;
            case "another audience": descriptor.Audience = "another-api"; break;
            case "role outside the closed set": claims[PlatformClaims.Grant] = "superuser"; break;
            case "union that is not an id": claims[PlatformClaims.Grant] = "union-admin:440100"; break;
            case "union admin for no union": claims[PlatformClaims.Grant] = PlatformRoles.UnionAdmin; break;
            case "provincial admin for a union":
                claims[PlatformClaims.Grant] = $"provincial-admin:{Guid.NewGuid()}";
                break;
            case "no grant": claims.Remove(PlatformClaims.Grant); break;
            case "no subject": claims.Remove(PlatformClaims.Subject); break;
            case "lifetime of a hundred years": descriptor.Expires = now.AddYears(100); break;
            case "no expiry": descriptor.Expires = null; break;
            case "expired":
                (descriptor.IssuedAt, descriptor.NotBefore, descriptor.Expires) =
                    (now.AddHours(-2), now.AddHours(-2), now.AddHours(-1));
                break;
        }

        return TestTokenIssuer.Sign(descriptor, credentials);
    }
}
