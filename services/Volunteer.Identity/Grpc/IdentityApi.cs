using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Identity.V1;
using Volunteer.Identity.Accounts;
using Volunteer.Identity.Audit;
using Volunteer.Identity.Data;
using Volunteer.Identity.Scope;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Database;
using static Volunteer.Contracts.Auth.PlatformRoles;

namespace Volunteer.Identity.Grpc;

/// <summary>
/// Identity's admin edge: only admins call it. Every account and union a request names is held to the
/// caller's reach before the use case runs; which roles the caller may hand out is the use case's rule.
/// </summary>
public sealed class IdentityApi(
    ServiceInfoProvider<AccountsDbContext> serviceInfo,
    AccountDesk accounts,
    AccountReader reader,
    AccountListing listing,
    GrantDesk grants,
    AuditListing audit,
    TimeProvider time) : IdentityService.IdentityServiceBase
{
    [Allow(ProvincialAdmin, UnionAdmin, TeamCaptain, SafetyOfficer, PlatformRoles.Volunteer, ReportViewer, Registrar)]
    public override async Task<GetServiceInfoResponse> GetServiceInfo(
        GetServiceInfoRequest request, ServerCallContext context) =>
        new() { Info = await serviceInfo.DescribeAsync(context) };

    // Every named thing optional at the edge, so each is judged on its own; the validation requires the union.
    [Allow(ProvincialAdmin, UnionAdmin)]
    [InScope("home_union_id", ResourceTypes.Union, Optional = true)]
    [InScope("volunteer_id", ResourceTypes.StaffVolunteer, Optional = true)]
    public override async Task<CreateAccountResponse> CreateAccount(
        CreateAccountRequest request, ServerCallContext context)
    {
        var (account, password) = await accounts.CreateAsync(
            AccountValidation.Create(request), context.GetCaller(), context.CancellationToken);
        return new() { Account = account.ToProto(time), OneTimePassword = password ?? "" };
    }

    [Allow(ProvincialAdmin, UnionAdmin)]
    [InScope("id", IdentityResourceTypes.Account)]
    public override async Task<GetAccountResponse> GetAccount(GetAccountRequest request, ServerCallContext context)
    {
        var account = await reader.FindAsync(AccountValidation.Id(request.Id, "id"), context.CancellationToken);
        return new() { Account = (await reader.ViewAsync(account, context.CancellationToken)).ToProto(time) };
    }

    [Allow(ProvincialAdmin, UnionAdmin)]
    [InScope("union_subtree_of", ResourceTypes.Union, Optional = true)]
    public override async Task<ListAccountsResponse> ListAccounts(
        ListAccountsRequest request, ServerCallContext context)
    {
        var (found, next) = await listing.ListAsync(
            AccountValidation.List(request), context.GetCaller(), context.CancellationToken);
        return new() { Accounts = { found.Select(a => a.ToProto(time)) }, NextPageToken = next };
    }

    // As for CreateAccount: the validation requires the account.
    [Allow(ProvincialAdmin, UnionAdmin)]
    [InScope("account_id", IdentityResourceTypes.Account, Optional = true)]
    [InScope("union_id", ResourceTypes.Union, Optional = true)]
    [InScope("team_id", ResourceTypes.Team, Optional = true)]
    public override async Task<GrantRoleResponse> GrantRole(GrantRoleRequest request, ServerCallContext context)
    {
        var (account, grant) = await grants.GrantAsync(AccountValidation.Id(request.AccountId, "account_id"),
            AccountValidation.Grant(request), context.GetCaller(), context.CancellationToken);
        return new() { Account = account.ToProto(time), Grant = grant.ToProto() };
    }

    [Allow(ProvincialAdmin, UnionAdmin)]
    [InScope("account_id", IdentityResourceTypes.Account)]
    public override async Task<RevokeRoleResponse> RevokeRole(RevokeRoleRequest request, ServerCallContext context)
    {
        var account = await grants.RevokeAsync(AccountValidation.Id(request.AccountId, "account_id"),
            AccountValidation.Id(request.GrantId, "grant_id"), context.GetCaller(), context.CancellationToken);
        return new() { Account = account.ToProto(time) };
    }

    [Allow(ProvincialAdmin, UnionAdmin)]
    [InScope("account_id", IdentityResourceTypes.Account)]
    public override async Task<ResetSecondFactorResponse> ResetSecondFactor(
        ResetSecondFactorRequest request, ServerCallContext context) => new()
    {
        Account = (await accounts.ResetSecondFactorAsync(AccountValidation.Id(request.AccountId, "account_id"),
            context.GetCaller(), context.CancellationToken)).ToProto(time),
    };

    [Allow(ProvincialAdmin, UnionAdmin)]
    [InScope("account_id", IdentityResourceTypes.Account)]
    public override async Task<LockAccountResponse> LockAccount(
        LockAccountRequest request, ServerCallContext context) => new()
    {
        Account = (await accounts.LockAsync(AccountValidation.Id(request.AccountId, "account_id"),
            context.GetCaller(), context.CancellationToken)).ToProto(time),
    };

    [Allow(ProvincialAdmin, UnionAdmin)]
    [InScope("account_id", IdentityResourceTypes.Account)]
    public override async Task<UnlockAccountResponse> UnlockAccount(
        UnlockAccountRequest request, ServerCallContext context) => new()
    {
        Account = (await accounts.UnlockAsync(AccountValidation.Id(request.AccountId, "account_id"),
            context.GetCaller(), context.CancellationToken)).ToProto(time),
    };

    [Allow(ProvincialAdmin, UnionAdmin)]
    [InScope("account_id", IdentityResourceTypes.Account, Optional = true)]
    [InScope("union_subtree_of", ResourceTypes.Union, Optional = true)]
    public override async Task<ListAuditEntriesResponse> ListAuditEntries(
        ListAuditEntriesRequest request, ServerCallContext context)
    {
        var (entries, next) = await audit.ListAsync(
            AuditValidation.List(request), context.GetCaller(), context.CancellationToken);
        return new() { Entries = { entries.Select(e => e.ToProto()) }, NextPageToken = next };
    }
}
