using Grpc.Core;
using Grpc.Net.Client;
using Volunteer.Contracts.Common.V1;
using Volunteer.Contracts.Activity.V1;
using Volunteer.Testing;

namespace Volunteer.Activity.Tests;

public sealed class ActivityFoundationTests(ActivityServiceHost host)
    : ServiceFoundationTests<Program>(host), IClassFixture<ActivityServiceHost>
{
    protected override string GrpcServiceName => ActivityService.Descriptor.FullName;

    protected override Type ApiType => typeof(Volunteer.Activity.Grpc.ActivityApi);

    protected override async Task<ServiceInfo> GetServiceInfoAsync(GrpcChannel channel, Metadata headers) =>
        (await new ActivityService.ActivityServiceClient(channel).GetServiceInfoAsync(new GetServiceInfoRequest(), headers)).Info;
}
