using Grpc.Core;
using Volunteer.Contracts.Safety.V1;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Roster.Exports;

/// <summary>
/// Asks safety, now, for a policy and everyone on its insured list: safety owns policies, roster the people.
/// Safety scopes the answer by the forwarded token, so a policy out of the caller's reach is NOT_FOUND here
/// too; a safety that cannot answer becomes UNAVAILABLE.
/// </summary>
public sealed class SafetyInsuredList(SafetyService.SafetyServiceClient safety, IHttpContextAccessor http)
{
    private const int PageSize = 500;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    public async Task<(Policy Policy, IReadOnlyList<InsuredPerson> Persons)> ReadAsync(
        Guid policyId, CancellationToken cancellationToken)
    {
        var (headers, deadline) = (NeighbourCall.Headers(http), DateTime.UtcNow + Patience);
        try
        {
            var policy = (await safety.GetPolicyAsync(
                new GetPolicyRequest { Id = policyId.ToString() }, headers, deadline, cancellationToken)).Policy;
            var persons = new List<InsuredPerson>();
            var request = new ListInsuredPersonsRequest { PolicyId = policy.Id, PageSize = PageSize };
            do
            {
                var page = await safety.ListInsuredPersonsAsync(request, headers, deadline, cancellationToken);
                persons.AddRange(page.Persons);
                request.PageToken = page.NextPageToken;
            }
            while (request.PageToken.Length > 0);

            return (policy, persons);
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            throw new NotFoundException(ResourceTypes.Policy, policyId.ToString());
        }
        catch (Exception e) when (NeighbourCall.IsOutage(e, cancellationToken))
        {
            throw new UnavailableException("SAFETY_UNAVAILABLE",
                "安全服务暂时无法提供投保名单，请稍后重试。");
        }
    }
}
