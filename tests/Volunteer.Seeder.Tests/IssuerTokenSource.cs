using Volunteer.Contracts.Auth;
using Volunteer.Seeder.Tokens;
using Volunteer.Testing;

namespace Volunteer.Seeder.Tests;

/// <summary>The seeder's tokens from the test run's issuer, which every in-process service trusts.</summary>
public sealed class IssuerTokenSource(TestTokenIssuer issuer) : ITokenSource
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public IssuedToken Issue(string subject, RoleGrant grant) =>
        new(issuer.Issue(subject, [grant], Lifetime), DateTimeOffset.UtcNow.Add(Lifetime));
}
