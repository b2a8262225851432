using Grpc.Core;
using Grpc.Net.Client;
using Volunteer.Contracts.Common.V1;
using Volunteer.Contracts.Identity.V1;
using Volunteer.Identity.Tests.Support;
using Volunteer.Testing;

namespace Volunteer.Identity.Tests;

public sealed class IdentityFoundationTests(IdentityServiceHost host)
    : ServiceFoundationTests<Program>(host), IClassFixture<IdentityServiceHost>
{
    protected override string GrpcServiceName => IdentityService.Descriptor.FullName;

    protected override Type ApiType => typeof(Volunteer.Identity.Grpc.IdentityApi);

    protected override async Task<ServiceInfo> GetServiceInfoAsync(GrpcChannel channel, Metadata headers) =>
        (await new IdentityService.IdentityServiceClient(channel).GetServiceInfoAsync(
            new GetServiceInfoRequest(), headers)).Info;
}
