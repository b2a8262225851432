using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Volunteer.Activity.Sites;
using Proto = Volunteer.Contracts.Activity.V1;

namespace Volunteer.Activity.Grpc;

internal static class SiteMapping
{
    public static Proto.Site ToProto(this Site site) => new()
    {
        Id = site.Id.ToString(),
        UnionId = site.UnionId.ToString(),
        Name = site.Name,
        Kind = (Proto.SiteKind)site.Kind,
        RegionCode = site.RegionCode,
        Mode = (Proto.AssistanceMode)site.Mode,
        Contact = new Proto.SiteContact { Name = site.ContactName ?? "", Phone = site.ContactPhone ?? "" },
        CreateTime = Timestamp.FromDateTimeOffset(site.RegisteredAt),
        Etag = site.Version.ToString(CultureInfo.InvariantCulture),
    };

    public static Proto.Need ToProto(this Need need) => new()
    {
        Id = need.Id.ToString(),
        SiteId = need.SiteId.ToString(),
        UnionId = need.UnionId.ToString(),
        Title = need.Title,
        Domain = (Proto.ServiceDomain)need.Domain,
        Skills = { need.Skills },
        WishedFrom = ActivityMapping.Day(need.WishedFrom),
        WishedTo = ActivityMapping.Day(need.WishedTo),
        RiskStatement = need.RiskStatement,
        Status = (Proto.NeedStatus)need.Status,
        MatchedTeamId = need.MatchedTeamId?.ToString() ?? "",
        CreateTime = Timestamp.FromDateTimeOffset(need.RegisteredAt),
        VerifyTime = need.VerifiedAt is { } verified ? Timestamp.FromDateTimeOffset(verified) : null,
        Etag = need.Version.ToString(CultureInfo.InvariantCulture),
    };

    public static Proto.TeamSuggestion ToProto(this TeamSuggestion suggestion) => new()
    {
        TeamId = suggestion.TeamId.ToString(),
        TeamName = suggestion.TeamName,
        UnionId = suggestion.UnionId.ToString(),
        Score = suggestion.Score,
        Reasons = { suggestion.Reasons },
    };
}
