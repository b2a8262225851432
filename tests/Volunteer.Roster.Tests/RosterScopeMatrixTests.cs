using Volunteer.Contracts.Auth;
using Volunteer.Roster.Grpc;
using Volunteer.Roster.Tests.Reach;
using Volunteer.ServiceDefaults.Access;
using Volunteer.Testing;
using Xunit.Abstractions;

namespace Volunteer.Roster.Tests;

public sealed class RosterScopeMatrixTests(RosterServiceHost host, ITestOutputHelper output)
    : IClassFixture<RosterServiceHost>
{
    [Fact]
    public async Task Every_named_thing_is_reached_within_scope_and_unknown_outside_it()
    {
        var world = await TwoUnions.CreateAsync(host);
        var activityOfA = await AnnouncedActivities.SubmittedAsync(host, world.A.Id, world.TeamA.Id, startsIn: 0);
        var activityOfB = await AnnouncedActivities.SubmittedAsync(host, world.B.Id, world.TeamB.Id, startsIn: 0);
        var matrix = new ScopeMatrix(host.CreateChannel().CreateCallInvoker(), typeof(RosterApi), world.TokenFor,
            (resourceType, role) => resourceType switch
            {
                ResourceTypes.Union => (world.A.Id, world.B.Id),
                ResourceTypes.Team => (world.TeamA.Id, world.TeamB.Id),
                // A volunteer reaches only themself: another volunteer of their own union is out of reach.
                ResourceTypes.StaffVolunteer when role == PlatformRoles.Volunteer =>
                    (world.Member.Id, world.OtherOfA.Id),
                // A captain reaches the members of their team, not other people of their union.
                ResourceTypes.StaffVolunteer when role == PlatformRoles.TeamCaptain =>
                    (world.Member.Id, world.OtherOfA.Id),
                // As new members, a captain reaches the people of their team's union, as its admins do.
                ResourceTypes.TeamMember => (world.OtherOfA.Id, world.OfB.Id),
                ResourceTypes.StaffVolunteer => (world.OtherOfA.Id, world.OfB.Id),
                // Admins and safety officers reach the activities their union organises, captains those of their team.
                ResourceTypes.Activity => (activityOfA.ToString(), activityOfB.ToString()),
                _ => null,
            });

        var failures = await matrix.FailuresAsync();

        output.WriteLine($"{matrix.Cells} cells");
        Assert.Empty(failures);
        Assert.True(matrix.Cells >= 40, $"only {matrix.Cells} cells");
    }
}
