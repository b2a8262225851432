using Microsoft.EntityFrameworkCore;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Events;
using Volunteer.Identity.Audit;
using Volunteer.Identity.Data;
using Volunteer.Identity.Scope;
using Volunteer.Messaging.Outbox;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Identity.Accounts;

/// <summary>
/// Granting and revoking roles. The edge has held the account and the union to the caller's reach; here
/// the caller's role decides which roles they may hand out or take back.
/// </summary>
public sealed class GrantDesk(AccountsDbContext db, AccountReader reader, AuditLog audit, TimeProvider time)
{
    public async Task<(AccountView Account, AccountGrant Grant)> GrantAsync(
        Guid accountId, RoleGrant grant, PlatformCaller caller, CancellationToken cancellationToken)
    {
        DemandMayGrant(caller, grant.Role);
        var account = await reader.FindAsync(accountId, cancellationToken);
        if (grant.TeamId is { } teamId)
        {
            await DemandTeamOfUnionAsync(teamId, grant.UnionId, cancellationToken);
        }

        var held = await db.Grants.FirstOrDefaultAsync(g => g.AccountId == accountId && g.RevokedAt == null
            && g.Role == grant.Role && g.UnionId == grant.UnionId && g.TeamId == grant.TeamId, cancellationToken);
        if (held is null)
        {
            held = new AccountGrant
            {
                Id = Guid.CreateVersion7(time.GetUtcNow()), AccountId = accountId, Role = grant.Role,
                UnionId = grant.UnionId, TeamId = grant.TeamId, GrantedBy = caller.Subject,
                GrantedAt = time.GetUtcNow(),
            };
            db.Grants.Add(held);
            audit.Add(AuditKind.RoleGranted, caller.Subject, accountId, grant.UnionId ?? account.HomeUnionId,
                grant.ToClaimValue());
            db.AddIntegrationEvent(new RoleGranted(
                held.Id, account.Subject, held.Role, held.UnionId, held.TeamId, held.GrantedAt));
            await db.SaveChangesAsync(cancellationToken);
        }

        return (await reader.ViewAsync(account, cancellationToken), held);
    }

    public async Task<AccountView> RevokeAsync(Guid accountId, Guid grantId, PlatformCaller caller,
        CancellationToken cancellationToken)
    {
        var account = await reader.FindAsync(accountId, cancellationToken);
        var grant = await db.Grants.FirstOrDefaultAsync(
                g => g.Id == grantId && g.AccountId == accountId && g.RevokedAt == null, cancellationToken)
            ?? throw new NotFoundException(IdentityResourceTypes.Grant, grantId.ToString());
        DemandMayGrant(caller, grant.Role);
        grant.RevokedAt = time.GetUtcNow();
        grant.RevokedBy = caller.Subject;
        audit.Add(AuditKind.RoleRevoked, caller.Subject, accountId, grant.UnionId ?? account.HomeUnionId,
            grant.ToRoleGrant().ToClaimValue());
        db.AddIntegrationEvent(new RoleRevoked(grant.Id, grant.RevokedAt.Value));
        await db.SaveChangesAsync(cancellationToken);
        return await reader.ViewAsync(account, cancellationToken);
    }

    // The edge has held the team to the caller's reach; a captain's grant must also name the team's own union.
    private async Task DemandTeamOfUnionAsync(Guid teamId, Guid? unionId, CancellationToken cancellationToken)
    {
        var team = await db.Teams.FindAsync([teamId], cancellationToken)
            ?? throw new NotFoundException(ResourceTypes.Team, teamId.ToString());
        if (team.UnionId != unionId)
        {
            throw new RuleBrokenException("TEAM_OF_OTHER_UNION", $"team/{teamId}",
                "该服务队不属于授权所指的工会。");
        }
    }

    private static void DemandMayGrant(PlatformCaller caller, string role)
    {
        if (!PlatformRoles.MayGrant(caller.Role, role))
        {
            throw new AccessDeniedException("ROLE_NOT_GRANTABLE",
                $"角色{caller.Role}不能授予或撤销角色{role}。");
        }
    }
}
