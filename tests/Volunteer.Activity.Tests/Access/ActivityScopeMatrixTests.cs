using Volunteer.Activity.Attendance;
using Volunteer.Activity.Grpc;
using Volunteer.ServiceDefaults.Access;
using Volunteer.Testing;
using Xunit.Abstractions;

namespace Volunteer.Activity.Tests.Access;

public sealed class ActivityScopeMatrixTests(ActivityServiceHost host, ITestOutputHelper output)
    : IClassFixture<ActivityServiceHost>
{
    [Fact]
    public async Task Every_named_thing_is_reached_within_scope_and_unknown_outside_it()
    {
        var unions = await TwoUnions.CreateAsync(host);
        var (a, b) = (unions.A, unions.B);
        var invoker = host.CreateChannel().CreateCallInvoker();
        var matrix = new ScopeMatrix(invoker, typeof(ActivityApi), role => unions.TokenFor(host, role),
            (resourceType, _) => resourceType switch
            {
                ResourceTypes.Union => (unions.World.City.Id, unions.World.OtherCity.Id),
                ResourceTypes.Team => (a.TeamId, b.TeamId),
                ResourceTypes.StaffVolunteer => (a.VolunteerId, b.VolunteerId),
                ResourceTypes.Site => (a.SiteId, b.SiteId),
                ResourceTypes.Need => (a.NeedId, b.NeedId),
                ResourceTypes.Activity => (a.ActivityId, b.ActivityId),
                AttendanceDays.ResourceType => (a.AttendanceId, b.AttendanceId),
                _ => null,
            });

        var failures = await matrix.FailuresAsync();

        output.WriteLine($"{matrix.Cells} cells");
        Assert.Empty(failures);
        Assert.True(matrix.Cells >= 100, $"only {matrix.Cells} cells");
    }
}
