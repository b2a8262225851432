using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Volunteer.Identity.Audit;
using Volunteer.Identity.Data;
using Volunteer.Identity.Scope;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Identity.Accounts;

/// <summary>
/// Creating accounts and what admins do to them. The edge has already held every account and union the
/// request names to the caller's reach; each change is audited in the same save.
/// </summary>
public sealed class AccountDesk(AccountsDbContext db, UserManager<Account> users, AccountReader reader,
    AuditLog audit, TimeProvider time)
{
    public async Task<(AccountView Account, string? OneTimePassword)> CreateAsync(
        NewAccount request, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var key = RequestKey(caller, request.RequestId);
        if (await db.Users.FirstOrDefaultAsync(a => a.RequestId == key, cancellationToken) is { } earlier)
        {
            return (await reader.ViewAsync(earlier, cancellationToken), await FreshOneTimePasswordAsync(earlier));
        }

        if (request.VolunteerId is { } volunteer)
        {
            await DemandLinkableAsync(volunteer, request.HomeUnionId, cancellationToken);
        }

        var password = request.InitialPassword ?? PasswordRules.OneTime();
        var account = new Account
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            UserName = request.UserName,
            DisplayName = request.DisplayName,
            HomeUnionId = request.HomeUnionId,
            VolunteerId = request.VolunteerId,
            CreatedAt = time.GetUtcNow(),
            RequestId = key,
            HasOneTimePassword = request.InitialPassword is null,
            LockoutEnabled = true,
        };
        audit.Add(AuditKind.AccountCreated, caller.Subject, account.Id, account.HomeUnionId);
        IdentityFailures.ThrowIfFailed(await users.CreateAsync(account, password), request.UserName);
        return (await reader.ViewAsync(account, cancellationToken), request.InitialPassword is null ? password : null);
    }

    public async Task<AccountView> LockAsync(Guid id, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var account = await reader.FindAsync(id, cancellationToken);
        if (account.Subject == caller.Subject || account.Id.ToString() == caller.Subject)
        {
            throw new RuleBrokenException("CANNOT_LOCK_SELF", $"account/{id}", "不能锁定自己的账号。");
        }

        account.LockedByAdmin = true;
        account.LockoutEnabled = true;
        account.LockoutEnd = DateTimeOffset.MaxValue;
        return await SaveAsync(account, AuditKind.AccountLocked, caller, cancellationToken);
    }

    public async Task<AccountView> UnlockAsync(Guid id, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var account = await reader.FindAsync(id, cancellationToken);
        account.LockedByAdmin = false;
        account.LockoutEnd = null;
        account.AccessFailedCount = 0;
        return await SaveAsync(account, AuditKind.AccountUnlocked, caller, cancellationToken);
    }

    public async Task<AccountView> ResetSecondFactorAsync(
        Guid id, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var account = await reader.FindAsync(id, cancellationToken);
        account.TwoFactorEnabled = false;
        // A new key: the old one may be on a lost phone.
        await users.ResetAuthenticatorKeyAsync(account);
        return await SaveAsync(account, AuditKind.SecondFactorReset, caller, cancellationToken);
    }

    private async Task<AccountView> SaveAsync(Account account, AuditKind kind, PlatformCaller caller,
        CancellationToken cancellationToken)
    {
        audit.Add(kind, caller.Subject, account.Id, account.HomeUnionId);
        IdentityFailures.ThrowIfFailed(await users.UpdateAsync(account), account.UserName ?? "");
        return await reader.ViewAsync(account, cancellationToken);
    }

    // An account linked to a volunteer acts as them: only for one of the account's own union, and only once.
    private async Task DemandLinkableAsync(Guid volunteerId, Guid homeUnionId, CancellationToken cancellationToken)
    {
        var volunteer = await db.Volunteers.FindAsync([volunteerId], cancellationToken)
            ?? throw new NotFoundException(ResourceTypes.StaffVolunteer, volunteerId.ToString());
        if (volunteer.UnionId != homeUnionId)
        {
            throw new RuleBrokenException("VOLUNTEER_OF_OTHER_UNION", $"volunteer/{volunteerId}",
                "该志愿者不属于账号所在的工会。");
        }

        if (await db.Users.AnyAsync(a => a.VolunteerId == volunteerId, cancellationToken))
        {
            throw new AlreadyExistsException(IdentityResourceTypes.Account, volunteerId.ToString(),
                "该志愿者已有账号。");
        }
    }

    // A retry may have lost the first answer: while the person has not signed in, a new password replaces it.
    private async Task<string?> FreshOneTimePasswordAsync(Account account)
    {
        if (!account.HasOneTimePassword || account.LastSignInAt is not null)
        {
            return null;
        }

        var password = PasswordRules.OneTime();
        await users.RemovePasswordAsync(account);
        IdentityFailures.ThrowIfFailed(await users.AddPasswordAsync(account, password), account.UserName ?? "");
        return password;
    }

    // Keys are the caller's own and the acting union's: neither another caller's key nor this caller's
    // acting for another union finds the account. Hashed, so any subject with any request id fits the column.
    private static string RequestKey(PlatformCaller caller, string requestId) => Convert.ToHexString(
        SHA256.HashData(Encoding.UTF8.GetBytes($"{caller.Subject}\n{caller.UnionId}\n{requestId}")));
}
