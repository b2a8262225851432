using Microsoft.EntityFrameworkCore;
using Volunteer.Contracts.Events;
using Volunteer.Messaging.Outbox;
using Volunteer.Safety.Data;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Safety.Insurance;

/// <summary>
/// Registers policies and finds them. The edge has checked that the caller reaches the holder union or
/// the policy, so a replayed request id is looked up within that union only: never another's policy.
/// </summary>
public sealed class PolicyRegistry(SafetyDbContext db, TimeProvider timeProvider)
{
    public const string ResourceType = "volunteer.safety.v1.Policy";

    /// <param name="policy">The checked policy, not stored yet; the earlier one is answered on a replay.</param>
    public async Task<Policy> RegisterAsync(Policy policy, CancellationToken cancellationToken)
    {
        // One query, so a retry whose first attempt commits meanwhile is seen as the replay it is, not as a
        // policy number taken by someone else.
        var clashes = await db.Policies.AsNoTracking()
            .Where(p => (policy.RequestId != null && p.HolderUnionId == policy.HolderUnionId && p.RequestId == policy.RequestId)
                || (p.Insurer == policy.Insurer && p.PolicyNumber == policy.PolicyNumber))
            .ToListAsync(cancellationToken);
        if (clashes.Find(p => policy.RequestId != null && p.RequestId == policy.RequestId && p.HolderUnionId == policy.HolderUnionId)
            is { } earlier)
        {
            return earlier;
        }

        if (clashes.Count > 0)
        {
            throw Duplicate(policy);
        }

        policy.Id = Guid.CreateVersion7();
        policy.RegisteredAt = timeProvider.GetUtcNowForDatabase();
        db.Policies.Add(policy);
        db.AddIntegrationEvent(new PolicyRegistered(policy.Id, policy.HolderUnionId, policy.Insurer, policy.PolicyNumber, policy.Product,
            policy.CoversFrom, policy.CoversTo, policy.TravelCovered, policy.RegisteredAt));
        // A concurrent registration between the checks and the insert fails the insert on a unique index;
        // the call is then run again (ConcurrentChangeRetry) and finds the first one by request id or number.
        await db.SaveChangesAsync(cancellationToken);
        return policy;
    }

    public async Task<Policy> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Policies.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
        ?? throw new NotFoundException(ResourceType, id.ToString());

    public Task<int> InsuredCountAsync(Guid policyId, CancellationToken cancellationToken) =>
        db.InsuredPeriods.CountAsync(i => i.PolicyId == policyId, cancellationToken);

    private static AlreadyExistsException Duplicate(Policy policy) => new AlreadyExistsException(ResourceType, $"{policy.Insurer}/{policy.PolicyNumber}",
        "该保险公司已有此编号的保单。");
}
