using Google.Protobuf.WellKnownTypes;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.Roster.Unions;
using Proto = Volunteer.Contracts.Roster.V1;

namespace Volunteer.Roster.Grpc;

internal static class UnionMapping
{
    public static Proto.Union ToProto(this Union union) => new()
    {
        Id = union.Id.ToString(),
        ParentId = union.ParentId?.ToString() ?? "",
        Name = union.Name,
        Kind = (Proto.UnionKind)union.Kind,
        RegionCode = union.RegionCode,
        Contact = new Proto.UnionContact { Name = union.ContactName ?? "", Phone = union.ContactPhone ?? "" },
        Targets = new Proto.UnionTargets { Teams = union.TeamTarget, People = union.PeopleTarget },
        CreateTime = Timestamp.FromDateTimeOffset(union.CreatedAt),
        UpdateTime = Timestamp.FromDateTimeOffset(union.UpdatedAt),
        SecondOfLevelReason = union.SecondOfLevelReason ?? "",
    };

    /// <summary>As a reader sees it: the contact phone only for the admins who cover the union.</summary>
    public static Proto.Union ToProto(this Union union, PlatformCaller reader)
    {
        var proto = union.ToProto();
        if (!UnionScope.Covers(reader, union.Path))
        {
            proto.Contact.Phone = "";
        }

        return proto;
    }
}
