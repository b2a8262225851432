using Grpc.Core;
using Volunteer.Contracts.Safety.V1;
using Volunteer.Safety.Data;
using Volunteer.ServiceDefaults.Database;

namespace Volunteer.Safety.Grpc;

public sealed class SafetyApi(ServiceInfoProvider<SafetyDbContext> serviceInfo) : SafetyService.SafetyServiceBase
{
    public override async Task<GetServiceInfoResponse> GetServiceInfo(GetServiceInfoRequest request, ServerCallContext context) =>
        new() { Info = await serviceInfo.DescribeAsync(context) };
}
