using Volunteer.Contracts.Auth;

namespace Volunteer.Seeder.Tokens;

/// <summary>Where the seeder's tokens come from: identity's development grant, or a test's issuer.</summary>
public interface ITokenSource
{
    IssuedToken Issue(string subject, RoleGrant grant);
}
