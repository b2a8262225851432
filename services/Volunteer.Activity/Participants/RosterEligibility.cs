using Grpc.Core;
using Volunteer.Contracts.Roster.V1;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Activity.Participants;

/// <summary>
/// Asks roster, now, whether a volunteer may take part: the one synchronous question this service
/// asks another. The caller's own token is forwarded (roster answers any authenticated caller), and a
/// roster that cannot answer becomes UNAVAILABLE for our caller, never an internal error.
/// </summary>
public sealed class RosterEligibility(RosterService.RosterServiceClient roster, IHttpContextAccessor http)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public async Task<VolunteerEligibility> CheckAsync(Guid volunteerId, DateOnly day, Guid teamId, CancellationToken cancellationToken)
    {
        var headers = new Metadata();
        if (http.HttpContext?.Request.Headers.Authorization.ToString() is { Length: > 0 } authorization)
        {
            headers.Add("authorization", authorization);
        }

        var request = new CheckEligibilityRequest
        {
            VolunteerIds = { volunteerId.ToString() }, Date = day.ToString("yyyy-MM-dd"), TeamId = teamId.ToString(),
        };
        try
        {
            var response = await roster.CheckEligibilityAsync(request, headers, DateTime.UtcNow + Patience, cancellationToken);
            return response.Volunteers.Single();
        }
        catch (Exception e) when (e is RpcException { StatusCode: not StatusCode.Cancelled } or HttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            throw new UnavailableException("ROSTER_UNAVAILABLE",
                "志愿者名册暂时无法确认该志愿者是否符合条件，请稍后重试。");
        }
    }
}
