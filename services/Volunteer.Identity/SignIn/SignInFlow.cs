using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Volunteer.Identity.Accounts;
using Volunteer.Identity.Audit;

namespace Volunteer.Identity.SignIn;

/// <summary>
/// Signing in on the pages: the password, then, where one is needed, the authenticator code (or first its
/// enrolment). Between the two steps only Identity's two-factor cookie is set, so nothing is signed in
/// until the second factor is proven. Every outcome is audited; failures of either step count towards
/// the lock-out.
/// </summary>
public sealed class SignInFlow(SignInManager<Account> signIn, ActiveGrants grants, AuditLog audit, TimeProvider time)
{
    private const int MaxRecordedUserNameLength = 50;

    private UserManager<Account> Users => signIn.UserManager;

    public async Task<SignInOutcome> PasswordAsync(
        string userName, string password, CancellationToken cancellationToken)
    {
        var account = await Users.FindByNameAsync(userName);
        if (account is null)
        {
            var typed = userName.Length > MaxRecordedUserNameLength ? userName[..MaxRecordedUserNameLength] : userName;
            await audit.RecordAsync(AuditKind.SignInFailed, typed, null, null, "unknown user name");
            return SignInOutcome.Failed;
        }

        var result = await signIn.CheckPasswordSignInAsync(account, password, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            return await FailedAsync(account, result, AuditKind.SignInFailed);
        }

        var required = SecondFactorPolicy.IsRequired(await grants.ForAsync(account.Id, cancellationToken));
        if (!account.TwoFactorEnabled && !required)
        {
            await CompleteAsync(account, "pwd");
            return SignInOutcome.SignedIn;
        }

        var pending = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, account.Id.ToString())], IdentityConstants.TwoFactorUserIdScheme);
        await signIn.Context.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(pending));
        return account.TwoFactorEnabled ? SignInOutcome.NeedsCode : SignInOutcome.NeedsEnrolment;
    }

    /// <summary>The account between the password and the second factor, or null when there is none.</summary>
    public Task<Account?> PendingAsync() => signIn.GetTwoFactorAuthenticationUserAsync();

    public async Task<SignInOutcome> CodeAsync(Account account, string code)
    {
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(
            Normalised(code), isPersistent: false, rememberClient: false);
        if (!result.Succeeded)
        {
            return await FailedAsync(account, result, AuditKind.SecondFactorFailed);
        }

        await SignedInAsync(account, "pwd+otp");
        return SignInOutcome.SignedIn;
    }

    /// <summary>The key to enrol, made when the account has none yet.</summary>
    public async Task<string> EnrolmentKeyAsync(Account account)
    {
        if (await Users.GetAuthenticatorKeyAsync(account) is { Length: > 0 } key)
        {
            return key;
        }

        await Users.ResetAuthenticatorKeyAsync(account);
        return (await Users.GetAuthenticatorKeyAsync(account))!;
    }

    public async Task<SignInOutcome> EnrolAsync(Account account, string code)
    {
        var provider = Users.Options.Tokens.AuthenticatorTokenProvider;
        if (await Users.IsLockedOutAsync(account))
        {
            return await FailedAsync(account, SignInResult.LockedOut, AuditKind.SecondFactorFailed);
        }

        if (!await Users.VerifyTwoFactorTokenAsync(account, provider, Normalised(code)))
        {
            await Users.AccessFailedAsync(account);
            var locked = await Users.IsLockedOutAsync(account);
            var result = locked ? SignInResult.LockedOut : SignInResult.Failed;
            return await FailedAsync(account, result, AuditKind.SecondFactorFailed);
        }

        await Users.SetTwoFactorEnabledAsync(account, true);
        await audit.RecordAsync(AuditKind.SecondFactorEnrolled, account.Id.ToString(), account.Id, account.HomeUnionId);
        await signIn.Context.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        await Users.ResetAccessFailedCountAsync(account);
        await CompleteAsync(account, "pwd+otp");
        return SignInOutcome.SignedIn;
    }

    private async Task CompleteAsync(Account account, string method)
    {
        await signIn.SignInAsync(account, isPersistent: false, method);
        await SignedInAsync(account, method);
    }

    private async Task SignedInAsync(Account account, string method)
    {
        account.LastSignInAt = time.GetUtcNow();
        audit.Add(AuditKind.SignInSucceeded, account.Id.ToString(), account.Id, account.HomeUnionId, method);
        await Users.UpdateAsync(account);
    }

    private async Task<SignInOutcome> FailedAsync(Account account, SignInResult result, AuditKind failure)
    {
        var lockedOut = result.IsLockedOut;
        if (lockedOut)
        {
            await signIn.Context.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        }

        await audit.RecordAsync(lockedOut ? AuditKind.SignInLockedOut : failure, account.Id.ToString(), account.Id,
            account.HomeUnionId);
        return lockedOut ? SignInOutcome.LockedOut : SignInOutcome.Failed;
    }

    private static string Normalised(string code) => code.Replace(" ", "", StringComparison.Ordinal).Trim();
}
