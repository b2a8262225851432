using Grpc.Core;
using Grpc.Net.Client;
using Volunteer.Contracts.Common.V1;
using Volunteer.Contracts.Reporting.V1;
using Volunteer.Testing;

namespace Volunteer.Reporting.Tests;

public sealed class ReportingFoundationTests(ReportingServiceHost host)
    : ServiceFoundationTests<Program>(host), IClassFixture<ReportingServiceHost>
{
    protected override string GrpcServiceName => ReportingService.Descriptor.FullName;

    protected override Type ApiType => typeof(Volunteer.Reporting.Grpc.ReportingApi);

    protected override async Task<ServiceInfo> GetServiceInfoAsync(GrpcChannel channel, Metadata headers) =>
        (await new ReportingService.ReportingServiceClient(channel).GetServiceInfoAsync(new GetServiceInfoRequest(), headers)).Info;
}
