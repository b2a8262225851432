using Grpc.Core;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Volunteer.Contracts.Auth;
using Volunteer.Identity.Accounts;
using Volunteer.Identity.Audit;
using Volunteer.Identity.Data;

namespace Volunteer.Identity.SignUp;

/// <summary>
/// Signing up: the account and the roster volunteer are made together or not at all. The account is
/// written in a transaction that commits only once roster has registered the volunteer, so a refusal
/// leaves no account behind (and roster's request id makes a retried registration create nothing new).
/// </summary>
public sealed partial class SelfSignUp(AccountsDbContext db, UserManager<Account> users, RosterRegistration roster,
    AuditLog audit, TimeProvider time, ILogger<SelfSignUp> logger)
{
    private static readonly FormProblem Unavailable = new("", "暂时无法完成注册，请稍后再试");

    /// <returns>The new account, or the problems to show on the form.</returns>
    public async Task<(Account? Account, IReadOnlyList<FormProblem> Problems)> SignUpAsync(
        SignUpForm form, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var account = NewAccount(form);
            var created = await users.CreateAsync(account, form.Password);
            if (!created.Succeeded)
            {
                return (null, created.Errors.Select(AccountProblem).ToList());
            }

            var (volunteerId, problems) = await RegisterAsync(form, cancellationToken);
            if (volunteerId is null)
            {
                await transaction.RollbackAsync(cancellationToken);
                return ((Account?)null, problems);
            }

            account.VolunteerId = volunteerId;
            var grant = new RoleGrant(PlatformRoles.Volunteer, account.HomeUnionId);
            db.Grants.Add(new AccountGrant
            {
                Id = Guid.CreateVersion7(time.GetUtcNow()), AccountId = account.Id, Role = grant.Role,
                UnionId = grant.UnionId, GrantedBy = account.Id.ToString(), GrantedAt = time.GetUtcNow(),
            });
            audit.Add(AuditKind.SignedUp, account.Id.ToString(), account.Id, account.HomeUnionId, grant.ToClaimValue());
            await users.UpdateAsync(account);
            await transaction.CommitAsync(cancellationToken);
            return (account, Array.Empty<FormProblem>());
        });
    }

    private Account NewAccount(SignUpForm form) => new()
    {
        Id = Guid.CreateVersion7(time.GetUtcNow()),
        UserName = form.UserName.Trim(),
        DisplayName = form.Name.Trim(),
        HomeUnionId = form.UnionId!.Value,
        PhoneNumber = form.Phone.Trim(),
        CreatedAt = time.GetUtcNow(),
        LockoutEnabled = true,
    };

    private async Task<(Guid?, IReadOnlyList<FormProblem>)> RegisterAsync(
        SignUpForm form, CancellationToken cancellationToken)
    {
        try
        {
            return await roster.RegisterAsync(form, cancellationToken);
        }
        catch (Exception e) when (e is RpcException or HttpRequestException
            && !cancellationToken.IsCancellationRequested)
        {
            LogRosterFailed(logger, e);
            return (null, [Unavailable]);
        }
    }

    private static FormProblem AccountProblem(IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.DuplicateUserName) => new(nameof(SignUpForm.UserName), "该用户名已被使用"),
        nameof(IdentityErrorDescriber.InvalidUserName) => new(nameof(SignUpForm.UserName), "用户名只能包含字母、数字或 . _ -"),
        _ => new(nameof(SignUpForm.Password), PasswordRules.Description),
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-up: roster could not register the volunteer")]
    private static partial void LogRosterFailed(ILogger logger, Exception exception);
}
