using System.Text;
using Grpc.Core;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Volunteer.Contracts.Auth;
using Xunit;

namespace Volunteer.Testing;

/// <summary>Tokens signed with the service's own key are still refused when anything else is off.</summary>
public abstract partial class ServiceFoundationTests<TProgram>
{
    public static TheoryData<string> ForgedTokens => new()
    {
        "role outside the closed set",
        "two roles",
        "no subject",
        "union that is not an id",
        "HS384",
        "lifetime of a hundred years",
        "no expiry",
        "expired",
        "no audience",
        "another issuer",
        "unsigned",
    };

    [Theory]
    [MemberData(nameof(ForgedTokens))]
    public async Task A_token_signed_with_the_key_but_otherwise_wrong_is_unauthenticated(string forgery)
    {
        using var channel = host.CreateChannel();

        var error = await Assert.ThrowsAsync<RpcException>(() => GetServiceInfoAsync(channel,
            new Metadata { { "authorization", $"Bearer {Forge(forgery)}" } }));

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    private string Forge(string forgery)
    {
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object>
        {
            [PlatformClaims.Subject] = "someone",
            [PlatformClaims.Role] = PlatformRoles.ProvincialAdmin,
        };
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = "volunteer-platform", Audience = "volunteer-api", IssuedAt = now, NotBefore = now,
            Expires = now.AddMinutes(10), Claims = claims,
        };
        var algorithm = SecurityAlgorithms.HmacSha256;
        switch (forgery)
        {
            case "role outside the closed set": claims[PlatformClaims.Role] = "superuser"; break;
            case "two roles": claims[PlatformClaims.Role] = new[] { PlatformRoles.Volunteer, PlatformRoles.ProvincialAdmin }; break;
            case "no subject": claims.Remove(PlatformClaims.Subject); break;
            case "union that is not an id": claims[PlatformClaims.UnionId] = "440100"; break;
            case "HS384": algorithm = SecurityAlgorithms.HmacSha384; break;
            case "lifetime of a hundred years": descriptor.Expires = now.AddYears(100); break;
            case "no expiry": descriptor.Expires = null; break;
            case "expired":
                (descriptor.IssuedAt, descriptor.NotBefore, descriptor.Expires) = (now.AddHours(-2), now.AddHours(-2), now.AddHours(-1));
                break;
            case "no audience": descriptor.Audience = null; break;
            case "another issuer": descriptor.Issuer = "somebody-else"; break;
            case "unsigned": return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
        }

        descriptor.SigningCredentials = new SigningCredentials(
            new SymmetricSecurityKey(Encoding.UTF8.GetBytes(host.SigningKey)), algorithm);
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }
}
