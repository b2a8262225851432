using Grpc.Core;
using Microsoft.AspNetCore.Http;

namespace Volunteer.ServiceDefaults.Auth;

public static class ServerCallContextExtensions
{
    private static readonly object ActingCallerKey = new();

    /// <summary>The caller as the edge admitted them to this RPC.</summary>
    public static PlatformCaller GetCaller(this ServerCallContext context) =>
        context.GetHttpContext().Items[ActingCallerKey] as PlatformCaller
        ?? throw new InvalidOperationException("The RPC ran without its access declaration being evaluated.");

    internal static void SetCaller(this HttpContext http, PlatformCaller caller) =>
        http.Items[ActingCallerKey] = caller;
}
