using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Logging;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.ServiceDefaults.Grpc;

/// <summary>
/// The one place where a use case's domain error becomes the caller's gRPC status, and where each failed
/// call is logged once.
/// </summary>
public sealed class DomainErrorInterceptor(ILogger<DomainErrorInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (DomainException e)
        {
            throw Refused(e, context);
        }
        catch (RpcException e)
        {
            // A status the call set itself (a stream ending on an expired token, a peer that was unavailable).
            RpcFailureLog.Failed(logger, context.Method, e.StatusCode.ToString());
            throw;
        }
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context,
        ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(requestStream, context);
        }
        catch (DomainException e)
        {
            throw Refused(e, context);
        }
        catch (RpcException e)
        {
            // A status the call set itself (a stream ending on an expired token, a peer that was unavailable).
            RpcFailureLog.Failed(logger, context.Method, e.StatusCode.ToString());
            throw;
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (DomainException e)
        {
            throw Refused(e, context);
        }
        catch (RpcException e)
        {
            // A status the call set itself (a stream ending on an expired token, a peer that was unavailable).
            RpcFailureLog.Failed(logger, context.Method, e.StatusCode.ToString());
            throw;
        }
    }

    private RpcException Refused(DomainException error, ServerCallContext context)
    {
        var status = ErrorStatus.ToRpcException(error);
        RpcFailureLog.Refused(logger, context.Method, status.StatusCode.ToString(), FailureReason.Of(error));
        return status;
    }
}
