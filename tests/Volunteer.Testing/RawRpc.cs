using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Rpc;
using Grpc.Core;

namespace Volunteer.Testing;

/// <summary>
/// Calls any RPC of a proto service by its descriptor with a serialized request, whatever its kind,
/// and returns how it ended: lets a test walk every RPC without code per RPC.
/// </summary>
public static class RawRpc
{
    private static readonly Marshaller<byte[]> Bytes = Marshallers.Create(b => b, b => b);

    public static async Task<RpcOutcome> CallAsync(CallInvoker invoker, MethodDescriptor rpc, IMessage request, Metadata headers)
    {
        var type = (rpc.IsClientStreaming, rpc.IsServerStreaming) switch
        {
            (false, false) => MethodType.Unary,
            (false, true) => MethodType.ServerStreaming,
            (true, false) => MethodType.ClientStreaming,
            _ => MethodType.DuplexStreaming,
        };
        var method = new Method<byte[], byte[]>(type, rpc.Service.FullName, rpc.Name, Bytes, Bytes);
        var options = new CallOptions(headers, DateTime.UtcNow.AddSeconds(30));
        var payload = request.ToByteArray();
        try
        {
            switch (type)
            {
                case MethodType.Unary:
                    await invoker.AsyncUnaryCall(method, null, options, payload);
                    break;
                case MethodType.ServerStreaming:
                    using (var call = invoker.AsyncServerStreamingCall(method, null, options, payload))
                    {
                        // The first answer (or the refusal) is enough: a watch would go on for ever.
                        await call.ResponseStream.MoveNext(CancellationToken.None);
                    }

                    break;
                case MethodType.ClientStreaming:
                    using (var call = invoker.AsyncClientStreamingCall(method, null, options))
                    {
                        await SendAsync(call.RequestStream, payload);
                        await call.ResponseAsync;
                    }

                    break;
                default:
                    throw new NotSupportedException($"{rpc.FullName}: duplex RPCs are not walked.");
            }

            return new RpcOutcome(StatusCode.OK, "", null);
        }
        catch (RpcException e)
        {
            return new RpcOutcome(e.StatusCode, e.Status.Detail, e.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);
        }
    }

    // A refusal may end the call before the client has sent its request; writing then fails (as cancelled or
    // complete), and the answer that counts is the server's status, which the response carries.
    private static async Task SendAsync(IClientStreamWriter<byte[]> requests, byte[] payload)
    {
        try
        {
            await requests.WriteAsync(payload);
            await requests.CompleteAsync();
        }
        catch (Exception e) when (e is RpcException or InvalidOperationException)
        {
        }
    }
}
