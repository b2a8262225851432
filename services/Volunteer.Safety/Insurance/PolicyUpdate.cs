using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Volunteer.Contracts.Events;
using Volunteer.Messaging.Outbox;
using Volunteer.Safety.Data;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Errors;
using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Safety.Insurance;

/// <summary>
/// Changes a policy's terms, keeping the terms it replaces as a revision and announcing the change
/// (<see cref="PolicyChanged"/>), since a changed period or travel cover changes who is covered when.
/// </summary>
public sealed class PolicyUpdate(SafetyDbContext db, TimeProvider timeProvider)
{
    public async Task<Policy> UpdateAsync(
        PolicyChanges changes, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var policy = await db.Policies.FirstOrDefaultAsync(p => p.Id == changes.PolicyId, cancellationToken)
            ?? throw new NotFoundException(PolicyRegistry.ResourceType, changes.PolicyId.ToString());
        if (changes.ExpectedRevision != 0 && changes.ExpectedRevision != policy.Revision)
        {
            throw new RuleBrokenException("POLICY_REVISION_CHANGED", $"{PolicyRegistry.ResourceType}/{policy.Id}",
                $"保单已被修改（当前为第 {policy.Revision} 版，请求基于第 {changes.ExpectedRevision} 版），"
                + "请重新读取后再修改。");
        }

        var before = JsonSerializer.Serialize(policy);
        var changed = PolicyTerms.Changed(policy, changes.Values, changes.Paths);
        PolicyTerms.Copy(changes.Values, policy, changed);
        var violations = new FieldViolations();
        PolicyTerms.CheckPeriod(policy, violations);
        violations.ThrowIfAny();
        // Nothing differs: a retried call changes nothing and announces nothing twice.
        if (changed.Length == 0)
        {
            return policy;
        }

        await PolicyTerms.CheckNumberFreeAsync(db, policy, cancellationToken);
        var now = timeProvider.GetUtcNowForDatabase();
        db.PolicyRevisions.Add(new PolicyRevision
        {
            PolicyId = policy.Id, Revision = policy.Revision, Terms = before, ChangedFields = changed,
            ChangedBy = caller.Subject, ChangedAt = now,
        });
        policy.Revision++;
        db.AddIntegrationEvent(new PolicyChanged(policy.Id, policy.HolderUnionId, policy.Revision,
            policy.Insurer, policy.PolicyNumber, policy.Product, policy.CoversFrom, policy.CoversTo,
            policy.TravelCovered, changed, now));
        await db.SaveChangesAsync(cancellationToken);
        return policy;
    }

    public async Task<IReadOnlyList<PolicyRevision>> RevisionsAsync(
        Guid policyId, CancellationToken cancellationToken) =>
        await db.PolicyRevisions.AsNoTracking().Where(r => r.PolicyId == policyId).OrderBy(r => r.Revision)
            .ToListAsync(cancellationToken);
}
