using Grpc.Core;
using Volunteer.ServiceDefaults.Auth;

namespace Volunteer.ServiceDefaults.Access;

/// <summary>
/// The call's own context whose cancellation also fires when the caller's token expires, so a long
/// stream cannot outlive the right to read it.
/// </summary>
internal sealed class TokenExpiringCallContext(ServerCallContext inner, CancellationTokenSource expiry)
    : ServerCallContext, IDisposable
{
    private const string HttpContextKey = "__HttpContext";

    public bool HasExpired => expiry.IsCancellationRequested && !inner.CancellationToken.IsCancellationRequested;

    public static TokenExpiringCallContext For(ServerCallContext context, PlatformCaller caller)
    {
        // GetHttpContext() (and so GetCaller()) finds the HttpContext of any other context under this key.
        context.UserState[HttpContextKey] = context.GetHttpContext();
        var expiry = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken);
        if (caller.ExpiresAt is { } expiresAt)
        {
            expiry.CancelAfter(TimeSpan.FromTicks(Math.Max(0, (expiresAt - DateTimeOffset.UtcNow).Ticks)));
        }

        return new TokenExpiringCallContext(context, expiry);
    }

    public void Dispose() => expiry.Dispose();

    protected override string MethodCore => inner.Method;
    protected override string HostCore => inner.Host;
    protected override string PeerCore => inner.Peer;
    protected override DateTime DeadlineCore => inner.Deadline;
    protected override Metadata RequestHeadersCore => inner.RequestHeaders;
    protected override CancellationToken CancellationTokenCore => expiry.Token;
    protected override Metadata ResponseTrailersCore => inner.ResponseTrailers;
    protected override Status StatusCore { get => inner.Status; set => inner.Status = value; }
    protected override WriteOptions? WriteOptionsCore { get => inner.WriteOptions; set => inner.WriteOptions = value; }
    protected override AuthContext AuthContextCore => inner.AuthContext;
    protected override IDictionary<object, object> UserStateCore => inner.UserState;

    protected override ContextPropagationToken CreatePropagationTokenCore(ContextPropagationOptions? options) =>
        inner.CreatePropagationToken(options);

    protected override Task WriteResponseHeadersAsyncCore(Metadata responseHeaders) =>
        inner.WriteResponseHeadersAsync(responseHeaders);
}
