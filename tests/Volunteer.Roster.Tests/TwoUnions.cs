using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Roster.V1;

namespace Volunteer.Roster.Tests;

/// <summary>
/// A small world for access tests: two sibling city unions A and B, a team in each, a captain and a
/// member on A's team, another volunteer of A, and an approved and a pending volunteer of B.
/// </summary>
internal sealed class TwoUnions
{
    private TwoUnions(RosterServiceHost host) => Host = host;

    public RosterServiceHost Host { get; }

    public required Union A { get; init; }
    public required Union B { get; init; }
    public required Team TeamA { get; init; }
    public required Team TeamB { get; init; }
    public required StaffVolunteer Captain { get; init; }
    public required StaffVolunteer Member { get; init; }
    public required StaffVolunteer OtherOfA { get; init; }
    public required StaffVolunteer OfB { get; init; }
    public required StaffVolunteer PendingOfB { get; init; }

    public static async Task<TwoUnions> CreateAsync(RosterServiceHost host)
    {
        var data = new RosterTestData(host);
        var a = await data.CityAsync("440100", "广州市教育工会");
        var b = await data.CityAsync("440200", "韶关市教育工会");
        var teamA = await data.TeamAsync(a, "广州送医分队");
        var captain = await data.VolunteerAsync(a);
        var member = await data.VolunteerAsync(a);
        foreach (var (volunteer, role) in new[] { (captain, TeamRole.Captain), (member, TeamRole.Volunteer) })
        {
            await data.Client().AddTeamMemberAsync(
                new AddTeamMemberRequest { TeamId = teamA.Id, VolunteerId = volunteer.Id, Role = role }, data.Province);
        }

        return new TwoUnions(host)
        {
            A = a, B = b, TeamA = teamA, TeamB = await data.TeamAsync(b, "韶关送教分队"),
            Captain = captain, Member = member, OtherOfA = await data.VolunteerAsync(a),
            OfB = await data.VolunteerAsync(b), PendingOfB = await data.VolunteerAsync(b, approved: false),
        };
    }

    /// <summary>A token for the role acting in union A; the captain and the member act as themselves.</summary>
    public Metadata TokenFor(string role) => role switch
    {
        PlatformRoles.TeamCaptain => Host.BearerToken(role, A.Id, subject: Captain.Id),
        PlatformRoles.Volunteer => Host.BearerToken(role, A.Id, subject: Member.Id),
        _ => Host.BearerToken(role, A.Id),
    };

    public Metadata AdminOf(Union union) => Host.BearerToken(PlatformRoles.UnionAdmin, union.Id);
}
