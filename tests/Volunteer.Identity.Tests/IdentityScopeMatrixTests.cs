using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.Identity.Grpc;
using Volunteer.Identity.Scope;
using Volunteer.Identity.Tests.Support;
using Volunteer.ServiceDefaults.Access;
using Volunteer.Testing;
using Xunit.Abstractions;

namespace Volunteer.Identity.Tests;

/// <summary>
/// Every RPC of identity that names things, called by a union admin of Guangzhou with a thing of Guangzhou
/// and one of Shenzhen: Shenzhen's answers NOT_FOUND like an unknown one (its union: OUTSIDE_UNION_SCOPE).
/// </summary>
[Collection(SharedIdentity.Name)]
public sealed class IdentityScopeMatrixTests(SharedIdentityHost host, ITestOutputHelper output)
{
    [Fact]
    public async Task Every_named_thing_is_refused_out_of_reach_and_admitted_within()
    {
        var world = await host.WorldAsync();
        var (a, b) = (world.Guangzhou, world.Shenzhen);
        var accounts = ((await world.AccountAsync(a)).Id, (await world.AccountAsync(b)).Id);
        var teams = ((await world.TeamAsync(a)).ToString(), (await world.TeamAsync(b)).ToString());
        var volunteers = ((await world.VolunteerAsync(a)).ToString(), (await world.VolunteerAsync(b)).ToString());
        var admin = await host.TokenEndpoint.BearerAsync(PlatformRoles.UnionAdmin, a.Id, "admin-of-guangzhou");
        using var channel = host.IdentityChannel();
        var matrix = new ScopeMatrix(channel.CreateCallInvoker(), typeof(IdentityApi), _ => admin,
            (resourceType, _) => resourceType switch
            {
                ResourceTypes.Union => (a.Id, b.Id),
                IdentityResourceTypes.Account => accounts,
                ResourceTypes.Team => teams,
                ResourceTypes.StaffVolunteer => volunteers,
                _ => null,
            });

        var failures = await matrix.FailuresAsync();
        output.WriteLine($"Scope matrix cells: {matrix.Cells}");

        Assert.Empty(failures);
        Assert.True(matrix.Cells >= 24, $"only {matrix.Cells} cells were called");
    }
}
