using Grpc.Core;
using Grpc.Net.Client;
using Volunteer.Contracts.Common.V1;
using Volunteer.Contracts.Safety.V1;
using Volunteer.Testing;

namespace Volunteer.Safety.Tests;

public sealed class SafetyFoundationTests(SafetyServiceHost host)
    : ServiceFoundationTests<Program>(host), IClassFixture<SafetyServiceHost>
{
    protected override string GrpcServiceName => SafetyService.Descriptor.FullName;

    protected override Type ApiType => typeof(Volunteer.Safety.Grpc.SafetyApi);

    protected override async Task<ServiceInfo> GetServiceInfoAsync(GrpcChannel channel, Metadata headers) =>
        (await new SafetyService.SafetyServiceClient(channel).GetServiceInfoAsync(new GetServiceInfoRequest(), headers)).Info;
}
