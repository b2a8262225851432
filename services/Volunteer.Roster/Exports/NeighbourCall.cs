using Grpc.Core;

namespace Volunteer.Roster.Exports;

/// <summary>
/// What a call to another service on behalf of our caller needs: the caller's own token, so the other service
/// scopes its answer as it would the caller's own call, and a test for a failure that means it cannot answer now.
/// </summary>
public static class NeighbourCall
{
    public static Metadata Headers(IHttpContextAccessor http)
    {
        var headers = new Metadata();
        if (http.HttpContext?.Request.Headers.Authorization.ToString() is { Length: > 0 } authorization)
        {
            headers.Add("authorization", authorization);
        }

        return headers;
    }

    public static bool IsOutage(Exception e, CancellationToken cancellationToken) =>
        e is RpcException { StatusCode: not StatusCode.Cancelled } or HttpRequestException
        && !cancellationToken.IsCancellationRequested;
}
