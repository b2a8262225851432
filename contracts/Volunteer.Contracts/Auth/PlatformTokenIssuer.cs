using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Volunteer.Contracts.Auth;

/// <summary>
/// Mints signed bearer tokens that the services accept. Used for development tokens
/// (the AppHost's command and <c>./volunteer.sh token</c>) and by tests; production tokens
/// come from the union's identity provider with the same claims.
/// </summary>
public sealed class PlatformTokenIssuer(PlatformTokenSettings settings, TimeProvider timeProvider)
{
    public string Issue(string subject, string role, string? unionId, TimeSpan lifetime)
    {
        if (!PlatformRoles.All.Contains(role))
        {
            throw new ArgumentException(
                $"Unknown role '{role}'; expected one of {string.Join(", ", PlatformRoles.All)}.", nameof(role));
        }

        if (lifetime <= TimeSpan.Zero || lifetime > settings.MaxLifetime)
        {
            throw new ArgumentOutOfRangeException(nameof(lifetime), lifetime,
                $"A token lives more than zero and at most {settings.MaxLifetime}.");
        }

        var claims = new List<Claim> { new(PlatformClaims.Subject, subject), new(PlatformClaims.Role, role) };
        if (!string.IsNullOrWhiteSpace(unionId))
        {
            claims.Add(new Claim(PlatformClaims.UnionId, unionId));
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now.Add(lifetime),
            SigningCredentials = new SigningCredentials(CreateSigningKey(settings), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    public static SymmetricSecurityKey CreateSigningKey(PlatformTokenSettings settings)
    {
        if (settings.SigningKey.Length < PlatformTokenSettings.MinimumKeyLength)
        {
            throw new InvalidOperationException(
                $"{PlatformTokenSettings.SectionName}:SigningKey must be at least {PlatformTokenSettings.MinimumKeyLength} characters.");
        }

        return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(settings.SigningKey));
    }
}
