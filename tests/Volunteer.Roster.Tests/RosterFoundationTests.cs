using Grpc.Core;
using Grpc.Net.Client;
using Volunteer.Contracts.Common.V1;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Testing;

namespace Volunteer.Roster.Tests;

public sealed class RosterFoundationTests(RosterServiceHost host)
    : ServiceFoundationTests<Program>(host), IClassFixture<RosterServiceHost>
{
    protected override string GrpcServiceName => RosterService.Descriptor.FullName;

    protected override Type ApiType => typeof(Volunteer.Roster.Grpc.RosterApi);

    protected override async Task<ServiceInfo> GetServiceInfoAsync(GrpcChannel channel, Metadata headers) =>
        (await new RosterService.RosterServiceClient(channel).GetServiceInfoAsync(new GetServiceInfoRequest(), headers)).Info;
}
