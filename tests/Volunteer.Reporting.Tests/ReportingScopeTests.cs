using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.Reporting.Grpc;
using Volunteer.ServiceDefaults.Access;
using Volunteer.Testing;

namespace Volunteer.Reporting.Tests;

/// <summary>
/// The scope half of the authorization matrix over every reporting RPC that names things: each role
/// acting for union A (a volunteer: for volunteer A) reaches A's things and nothing of sibling union B.
/// </summary>
public sealed class ReportingScopeTests(TwoUnionHost host) : IClassFixture<TwoUnionHost>
{
    [Fact]
    public async Task Every_role_reaches_its_own_unions_things_and_none_of_a_sibling_unions()
    {
        var world = await host.WorldAsync();
        var matrix = new ScopeMatrix(host.CreateChannel().CreateCallInvoker(), typeof(ReportingApi),
            role => role == PlatformRoles.Volunteer
                ? host.BearerToken(role, world.UnionA.ToString(), world.VolunteerA.ToString())
                : host.BearerToken(role, world.UnionA.ToString()),
            (resourceType, _) => resourceType switch
            {
                ResourceTypes.Union => (world.UnionA.ToString(), world.UnionB.ToString()),
                ResourceTypes.StaffVolunteer => (world.VolunteerA.ToString(), world.VolunteerB.ToString()),
                ResourceTypes.Activity => (world.ActivityA.ToString(), world.ActivityB.ToString()),
                ResourceTypes.Digest => (world.DigestA, world.DigestB),
                ResourceTypes.RecordCorrection => (world.CorrectionA, world.CorrectionB),
                ResourceTypes.Team => (world.TeamA.ToString(), world.TeamB.ToString()),
                ResourceTypes.Nomination => (world.NominationA, world.NominationB),
                _ => null,
            });

        var failures = await matrix.FailuresAsync();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        // 20 RPCs name things in 22 fields; 31 (field, role) pairs but the provincial admin, in and out of reach.
        Assert.Equal(62, matrix.Cells);
    }

    [Fact]
    public async Task Ids_that_name_nothing_are_not_found_like_things_out_of_reach()
    {
        var world = await host.WorldAsync();
        var client = host.Client();
        var admin = host.BearerToken(PlatformRoles.UnionAdmin, world.UnionA.ToString());
        var nothing = Guid.NewGuid().ToString();

        await RpcAssert.FailsAsync(StatusCode.NotFound, () => client.GetServiceRecordAsync(new() { VolunteerId = nothing }, admin).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => client.GetDigestAsync(new() { Id = nothing }, admin).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => client.ResolveRecordCorrectionAsync(
            new() { CorrectionId = nothing, Resolution = "无" }, admin).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => client.RequestRecordCorrectionAsync(
            new() { RequestId = "r", VolunteerId = world.VolunteerA.ToString(), ActivityId = nothing, Reason = "有误" }, admin).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => client.GetFiguresAsync(new() { UnionId = nothing }, admin).ResponseAsync);
    }

    [Fact]
    public async Task A_province_wide_digest_is_out_of_reach_below_the_province()
    {
        var world = await host.WorldAsync();
        var client = host.Client();
        var province = (await client.GenerateDigestAsync(new() { Kind = Contracts.Reporting.V1.DigestKind.Monthly, PeriodDay = "2026-04-15" },
            host.Province)).Digest;

        await RpcAssert.FailsAsync(StatusCode.NotFound, () => client.GetDigestAsync(new() { Id = province.Id },
            host.BearerToken(PlatformRoles.ReportViewer, world.UnionA.ToString())).ResponseAsync);
        Assert.Equal(province.Id, (await client.GetDigestAsync(new() { Id = province.Id },
            host.BearerToken(PlatformRoles.ReportViewer, world.Province.ToString()))).Digest.Id);
    }
}
