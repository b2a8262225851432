using Google.Protobuf;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.ServiceDefaults.Access;

/// <summary>
/// Holds every RPC to its declaration before its code runs: nothing is read or written for a caller
/// the declaration does not admit. An RPC with neither a declaration nor [AllowAnonymous] is refused.
/// A server stream ends when the caller's token expires.
/// </summary>
public sealed class RpcAccessInterceptor : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        await DemandAsync(context, request as IMessage);
        return await continuation(request, context);
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context,
        ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        await DemandAsync(context, request: null);
        return await continuation(requestStream, context);
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        if (await DemandAsync(context, request as IMessage) is not { } caller)
        {
            await continuation(request, responseStream, context);
            return;
        }

        using var expiring = TokenExpiringCallContext.For(context, caller);
        try
        {
            await continuation(request, responseStream, expiring);
        }
        catch (Exception e) when (e is OperationCanceledException or RpcException && expiring.HasExpired)
        {
            throw new RpcException(new Status(StatusCode.Unauthenticated,
                "登录已过期，请重新登录后再打开。"));
        }
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream,
        ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        await DemandAsync(context, request: null);
        await continuation(requestStream, responseStream, context);
    }

    /// <returns>The caller as admitted when the RPC is declared; null for an anonymous RPC.</returns>
    private static async Task<PlatformCaller?> DemandAsync(ServerCallContext context, IMessage? request)
    {
        var http = context.GetHttpContext();
        var metadata = http.GetEndpoint()?.Metadata;
        var allow = metadata?.GetMetadata<AllowAttribute>();
        if (allow is null)
        {
            return metadata?.GetMetadata<IAllowAnonymous>() is not null
                ? null
                : throw new AccessDeniedException("UNDECLARED_RPC", "此接口未声明访问权限，已关闭。");
        }

        var scopes = metadata!.GetOrderedMetadata<InScopeAttribute>();
        var caller = await AccessEvaluator.DemandAsync(CallerCredentials.From(http.User), allow, scopes, request,
            () => new RememberingAccessScope(http.RequestServices.GetRequiredService<IAccessScope>(),
                http.RequestServices.GetRequiredService<CoveredUnions>()), context.CancellationToken);
        http.SetCaller(caller);
        return caller;
    }
}
