using Grpc.Core;
using Grpc.Net.Client;
using Volunteer.Contracts.Common.V1;
using Volunteer.Contracts.Notifications.V1;
using Volunteer.Testing;

namespace Volunteer.Notifications.Tests;

public sealed class NotificationsFoundationTests(NotificationsServiceHost host)
    : ServiceFoundationTests<Program>(host), IClassFixture<NotificationsServiceHost>
{
    protected override string GrpcServiceName => NotificationsService.Descriptor.FullName;

    protected override Type ApiType => typeof(Grpc.NotificationsApi);

    protected override async Task<ServiceInfo> GetServiceInfoAsync(GrpcChannel channel, Metadata headers) =>
        (await new NotificationsService.NotificationsServiceClient(channel)
            .GetServiceInfoAsync(new GetServiceInfoRequest(), headers)).Info;
}
