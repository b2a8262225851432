using Microsoft.EntityFrameworkCore;
using Volunteer.Safety.Data;
using Volunteer.Safety.Paging;
using Volunteer.Safety.Volunteers;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Grpc;
using Volunteer.UnionTree;
using Proto = Volunteer.Contracts.Safety.V1;

namespace Volunteer.Safety.Insurance;

/// <summary>Pages through policies held in the caller's scope, and through one policy's insured list.</summary>
public sealed class PolicyListing(SafetyDbContext db, KnownUnions unions, PolicyRegistry registry)
{
    public async Task<Proto.ListPoliciesResponse> ListAsync(Proto.ListPoliciesRequest request, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        var subtree = violations.Id(request.UnionSubtreeOf, "union_subtree_of", required: false);
        var day = CoverDays.Read(request.CoveringDay, "covering_day", violations, required: false);
        var page = ListPages.Parse(request.PageSize, request.PageToken, violations);
        violations.ThrowIfAny();

        var policies = db.Policies.AsNoTracking();
        if (await unions.VisibleAsync(caller, subtree, cancellationToken) is { } visible)
        {
            policies = policies.Where(p => visible.Contains(p.HolderUnionId));
        }

        if (day is { } covering)
        {
            policies = policies.Where(p => p.CoversFrom <= covering && p.CoversTo >= covering);
        }

        var (found, next) = await page.ReadAsync(policies, cancellationToken);
        var ids = found.Select(p => p.Id).ToList();
        var counts = await db.InsuredPeriods.Where(i => ids.Contains(i.PolicyId)).GroupBy(i => i.PolicyId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return new Proto.ListPoliciesResponse
        {
            Policies = { found.Select(p => p.ToProto(counts.GetValueOrDefault(p.Id))) },
            NextPageToken = next,
        };
    }

    public async Task<Proto.ListInsuredPersonsResponse> ListInsuredAsync(
        Proto.ListInsuredPersonsRequest request, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        var page = ListPages.Parse(request.PageSize, request.PageToken, violations);
        violations.ThrowIfAny();
        var policy = await registry.FindAsync(request.PolicyId, "policy_id", cancellationToken);
        var (found, next) = await page.ReadAsync(db.InsuredPeriods.AsNoTracking().Where(i => i.PolicyId == policy.Id), cancellationToken);
        var names = await VolunteerNames.ForAsync(db, found.Select(i => i.VolunteerId), cancellationToken);
        return new Proto.ListInsuredPersonsResponse
        {
            Persons = { found.Select(i => i.ToProto(names.GetValueOrDefault(i.VolunteerId))) },
            NextPageToken = next,
        };
    }
}
