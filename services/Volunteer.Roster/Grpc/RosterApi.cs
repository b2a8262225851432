using Grpc.Core;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Roster.Data;
using Volunteer.ServiceDefaults.Database;

namespace Volunteer.Roster.Grpc;

public sealed class RosterApi(ServiceInfoProvider<RosterDbContext> serviceInfo) : RosterService.RosterServiceBase
{
    public override async Task<GetServiceInfoResponse> GetServiceInfo(GetServiceInfoRequest request, ServerCallContext context) =>
        new() { Info = await serviceInfo.DescribeAsync(context) };
}
