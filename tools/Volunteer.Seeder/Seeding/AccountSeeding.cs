using Grpc.Core;
using Microsoft.Extensions.Logging;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Identity.V1;
using Volunteer.Seeder.Demo;
using Volunteer.Seeder.Tokens;

namespace Volunteer.Seeder.Seeding;

/// <summary>
/// The demo accounts through the identity service's admin API; request ids and grants that are given once
/// make a second run change nothing. Captains' grants name the team they lead.
/// </summary>
public sealed class AccountSeeding(IdentityService.IdentityServiceClient identity, CallerTokens tokens,
    ILogger<AccountSeeding> logger)
{
    public async Task SeedAsync(DemoRoster demo, SeededRoster seeded, int seed, CancellationToken cancellationToken)
    {
        var captainsTeam = seeded.Teams[demo.Teams[0].Key];
        foreach (var spec in DemoAccounts.For(demo))
        {
            var unionId = seeded.Unions[spec.UnionKey];
            // Identity hears of unions, teams and volunteers from roster's events a moment after they are made.
            var account = (await Patience.RetryAsync(() => identity.CreateAccountAsync(new CreateAccountRequest
            {
                RequestId = $"seed-{seed}-account-{spec.UserName}",
                UserName = spec.UserName,
                DisplayName = spec.DisplayName,
                HomeUnionId = unionId,
                VolunteerId = spec.PersonKey is { } person ? seeded.People[person] : "",
                InitialPassword = DemoAccounts.Password,
            }, tokens.Province, cancellationToken: cancellationToken).ResponseAsync, cancellationToken,
                StatusCode.NotFound, StatusCode.PermissionDenied)).Account;
            foreach (var role in spec.Roles)
            {
                await Patience.RetryAsync(() => identity.GrantRoleAsync(new GrantRoleRequest
                {
                    AccountId = account.Id,
                    Role = role,
                    UnionId = PlatformRoles.IsProvinceWide(role) ? "" : unionId,
                    TeamId = role == PlatformRoles.TeamCaptain ? captainsTeam : "",
                }, tokens.Province, cancellationToken: cancellationToken).ResponseAsync,
                    cancellationToken, StatusCode.NotFound);
            }
        }

        logger.LogInformation("Demo accounts ready: {Count}", DemoAccounts.For(demo).Count);
    }
}
