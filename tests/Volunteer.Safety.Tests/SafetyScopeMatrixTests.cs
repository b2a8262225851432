using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.Safety.Grpc;
using Volunteer.Testing;
using Xunit.Abstractions;

namespace Volunteer.Safety.Tests;

/// <summary>
/// Every RPC of safety that names things, called by each role it admits acting for union A (a volunteer
/// as volunteer A) with a thing of A and one of B: B's answers NOT_FOUND like an unknown one.
/// </summary>
public sealed class SafetyScopeMatrixTests(SafetyServiceHost host, ITestOutputHelper output)
    : IClassFixture<SafetyServiceHost>
{
    [Fact]
    public async Task Every_named_thing_is_refused_out_of_reach_and_admitted_within()
    {
        var data = new SafetyTestData(host);
        var world = await TwoUnionWorld.BuildAsync(data);
        var matrix = new ScopeMatrix(host.CreateChannel().CreateCallInvoker(), typeof(SafetyApi),
            role => TokenFor(role, world), world.ThingsFor);

        var failures = await matrix.FailuresAsync();
        output.WriteLine($"Scope matrix cells: {matrix.Cells}");

        Assert.Empty(failures);
        Assert.True(matrix.Cells >= 60, $"only {matrix.Cells} cells were called");
    }

    private Metadata TokenFor(string role, TwoUnionWorld world) => role switch
    {
        PlatformRoles.Volunteer => host.BearerToken(role, world.UnionA.ToString(), world.VolunteerA.ToString()),
        PlatformRoles.TeamCaptain => host.BearerToken(role, world.UnionA.ToString(), world.CaptainA.ToString()),
        _ => host.BearerToken(role, world.UnionA.ToString(), $"{role}-of-a"),
    };
}
