using Microsoft.EntityFrameworkCore;
using Volunteer.Contracts.Events;
using Volunteer.Messaging.Outbox;
using Volunteer.Safety.Data;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Safety.V1;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Safety.Insurance;

/// <summary>
/// Registers policies and finds them. The edge has checked that the caller reaches the holder union or
/// the policy, so a replayed request id is looked up within that union only: never another's policy.
/// </summary>
public sealed class PolicyRegistry(SafetyDbContext db, TimeProvider timeProvider)
{
    public const string ResourceType = "volunteer.safety.v1.Policy";

    public async Task<Policy> RegisterAsync(Proto.RegisterPolicyRequest request, CancellationToken cancellationToken)
    {
        var policy = PolicyRules.Read(request.Policy ?? new Proto.Policy(), request.RequestId);
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

    public async Task<Policy> FindAsync(string id, string field, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        var policyId = violations.Id(id, field);
        violations.ThrowIfAny();
        var policy = await db.Policies.AsNoTracking().FirstOrDefaultAsync(p => p.Id == policyId, cancellationToken)
            ?? throw new NotFoundException(ResourceType, id);
        return policy;
    }

    public Task<int> InsuredCountAsync(Guid policyId, CancellationToken cancellationToken) =>
        db.InsuredPeriods.CountAsync(i => i.PolicyId == policyId, cancellationToken);

    private static AlreadyExistsException Duplicate(Policy policy) => new AlreadyExistsException(ResourceType, $"{policy.Insurer}/{policy.PolicyNumber}",
        "The insurer already has a policy with this number.");
}
