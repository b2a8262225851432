using Google.Protobuf.WellKnownTypes;
using Volunteer.Reporting.ReadModels;
using Volunteer.ServiceDefaults.Time;
using Proto = Volunteer.Contracts.Reporting.V1;

namespace Volunteer.Reporting.Records;

/// <summary>One day of service as a record shows it, wherever a record's service part is answered.</summary>
public static class ServiceEntryMapping
{
    public static Proto.ServiceEntry ToProto(
        this ServiceLine line, ActivityRow activity, IReadOnlyDictionary<Guid, string> unionNames) => new()
    {
        ActivityId = activity.Id.ToString(),
        ActivityName = activity.Name,
        Date = line.Day.ToString("yyyy-MM-dd"),
        Place = activity.Place,
        Content = activity.Content,
        Hours = (double)line.Hours,
        OrganiserUnionId = activity.UnionId.ToString(),
        OrganiserUnionName = unionNames.GetValueOrDefault(activity.UnionId, ""),
        PersonInCharge = activity.LeaderName,
        RecordedAt = Timestamp.FromDateTimeOffset(line.RecordedAt),
        Evaluation = activity.Evaluation,
        EvaluatedOn = activity.CompletedAt is { } done ? CampaignDay(done) : "",
    };

    private static string CampaignDay(DateTimeOffset at) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, CampaignClock.Zone).DateTime).ToString("yyyy-MM-dd");
}
