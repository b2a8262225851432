using Grpc.Core;
using Volunteer.Contracts.Activity.V1;
using Volunteer.Activity.Data;
using Volunteer.ServiceDefaults.Database;

namespace Volunteer.Activity.Grpc;

public sealed class ActivityApi(ServiceInfoProvider<ActivityDbContext> serviceInfo) : ActivityService.ActivityServiceBase
{
    public override async Task<GetServiceInfoResponse> GetServiceInfo(GetServiceInfoRequest request, ServerCallContext context) =>
        new() { Info = await serviceInfo.DescribeAsync(context) };
}
