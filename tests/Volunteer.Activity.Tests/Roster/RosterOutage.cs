using System.Net;
using System.Net.Http.Headers;

namespace Volunteer.Activity.Tests.Roster;

/// <summary>
/// Stands between activity and the roster test server; while the host says roster is down it answers
/// as an overloaded gRPC server does (trailers-only UNAVAILABLE).
/// </summary>
internal sealed class RosterOutage(ActivityServiceHost host, HttpMessageHandler roster) : DelegatingHandler(roster)
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!host.RosterDown)
        {
            return base.SendAsync(request, cancellationToken);
        }

        var response = new HttpResponseMessage(HttpStatusCode.OK) { Version = HttpVersion.Version20, Content = new ByteArrayContent([]) };
        response.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        response.Headers.Add("grpc-status", "14");
        response.Headers.Add("grpc-message", "roster is restarting");
        return Task.FromResult(response);
    }
}
