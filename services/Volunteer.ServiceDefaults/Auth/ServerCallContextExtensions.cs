using Grpc.Core;

namespace Volunteer.ServiceDefaults.Auth;

public static class ServerCallContextExtensions
{
    public static PlatformCaller GetCaller(this ServerCallContext context) => PlatformCaller.From(context.GetHttpContext().User);
}
