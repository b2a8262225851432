using Google.Protobuf.WellKnownTypes;
using Volunteer.Identity.Accounts;
using Volunteer.Identity.Audit;
using Proto = Volunteer.Contracts.Identity.V1;

namespace Volunteer.Identity.Grpc;

public static class AccountMapping
{
    public static Proto.Account ToProto(this AccountView view, TimeProvider time)
    {
        var account = view.Account;
        var proto = new Proto.Account
        {
            Id = account.Id.ToString(),
            UserName = account.UserName ?? "",
            DisplayName = account.DisplayName,
            HomeUnionId = account.HomeUnionId.ToString(),
            VolunteerId = account.VolunteerId?.ToString() ?? "",
            Grants = { view.Grants.Select(g => g.ToProto()) },
            SecondFactorEnrolled = account.TwoFactorEnabled,
            Locked = account.LockedByAdmin,
            CreateTime = Timestamp.FromDateTimeOffset(account.CreatedAt),
        };
        if (!account.LockedByAdmin && account.LockoutEnd is { } until && until > time.GetUtcNow())
        {
            proto.LockedOutUntil = Timestamp.FromDateTimeOffset(until);
        }

        return proto;
    }

    public static Proto.Grant ToProto(this AccountGrant grant) => new()
    {
        Id = grant.Id.ToString(),
        Role = grant.Role,
        UnionId = grant.UnionId?.ToString() ?? "",
        TeamId = grant.TeamId?.ToString() ?? "",
        GrantedBy = grant.GrantedBy,
        GrantTime = Timestamp.FromDateTimeOffset(grant.GrantedAt),
    };

    public static Proto.AuditEntry ToProto(this AuditEntry entry) => new()
    {
        Id = entry.Id.ToString(),
        // The domain enum carries the proto's numbers.
        Kind = (Proto.AuditKind)(int)entry.Kind,
        Actor = entry.Actor,
        AccountId = entry.AccountId?.ToString() ?? "",
        UnionId = entry.UnionId?.ToString() ?? "",
        Time = Timestamp.FromDateTimeOffset(entry.At),
        RequestId = entry.RequestId,
        Detail = entry.Detail,
    };
}
