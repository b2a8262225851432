using Volunteer.Contracts.Auth;

namespace Volunteer.Seeder.Demo;

/// <summary>
/// One account per role to sign in with locally, all for the first demo team's union: its admin, safety
/// officer and report viewer, its captain (a volunteer too, so two grants) and one of its volunteers, and
/// a provincial admin. The password is for local use only and printed in the README.
/// </summary>
public static class DemoAccounts
{
    public const string Password = "Demo-2018-Volunteer!";

    public static IReadOnlyList<DemoAccount> For(DemoRoster roster)
    {
        var team = roster.Teams[0];
        var (captain, volunteer) = (team.Members[0], team.Members[2]);
        return
        [
            new("demo-province", "省教科文卫工会管理员", roster.Unions[0].Key, null, [PlatformRoles.ProvincialAdmin]),
            new("demo-union-admin", "工会管理员", team.UnionKey, null, [PlatformRoles.UnionAdmin]),
            new("demo-safety-officer", "安全负责人", team.UnionKey, null, [PlatformRoles.SafetyOfficer]),
            new("demo-report-viewer", "报表查看人", team.UnionKey, null, [PlatformRoles.ReportViewer]),
            new("demo-captain", captain.Name, team.UnionKey, captain.Key,
                [PlatformRoles.TeamCaptain, PlatformRoles.Volunteer]),
            new("demo-volunteer", volunteer.Name, team.UnionKey, volunteer.Key, [PlatformRoles.Volunteer]),
        ];
    }
}
