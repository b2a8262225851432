using Grpc.Core;

namespace Volunteer.Activity.Benchmarks;

/// <summary>Spreads calls over several replicas' channels in turn, as a load balancer in front of them would.</summary>
internal sealed class RoundRobinInvoker(IReadOnlyList<CallInvoker> replicas) : CallInvoker
{
    private int _next = -1;

    private CallInvoker Next => replicas[(int)((uint)Interlocked.Increment(ref _next) % (uint)replicas.Count)];

    public override TResponse BlockingUnaryCall<TRequest, TResponse>(
        Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) =>
        Next.BlockingUnaryCall(method, host, options, request);

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
        Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) =>
        Next.AsyncUnaryCall(method, host, options, request);

    public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(
        Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) =>
        Next.AsyncServerStreamingCall(method, host, options, request);

    public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(
        Method<TRequest, TResponse> method, string? host, CallOptions options) =>
        Next.AsyncClientStreamingCall(method, host, options);

    public override AsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(
        Method<TRequest, TResponse> method, string? host, CallOptions options) =>
        Next.AsyncDuplexStreamingCall(method, host, options);
}
