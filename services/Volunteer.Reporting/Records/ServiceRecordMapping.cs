using Google.Protobuf.WellKnownTypes;
using Volunteer.ServiceDefaults.Time;
using Proto = Volunteer.Contracts.Reporting.V1;

namespace Volunteer.Reporting.Records;

public static class ServiceRecordMapping
{
    /// <summary>The record as GetServiceRecord answers it, the name masked.</summary>
    public static Proto.ServiceRecord ToProto(this VolunteerRecord record) => new()
    {
        VolunteerId = record.Volunteer.Id.ToString(),
        MaskedName = Masking.Name(record.Volunteer.Name),
        Gender = record.Volunteer.Gender,
        UnionId = record.Volunteer.UnionId.ToString(),
        UnionName = record.UnionNames.GetValueOrDefault(record.Volunteer.UnionId, ""),
        TotalHours = (double)record.Services.Sum(s => s.Line.Hours),
        Services =
        {
            record.Services.Select(s => new Proto.ServiceEntry
            {
                ActivityId = s.Activity.Id.ToString(),
                ActivityName = s.Activity.Name,
                Date = s.Line.Day.ToString("yyyy-MM-dd"),
                Place = s.Activity.Place,
                Content = s.Activity.Content,
                Hours = (double)s.Line.Hours,
                OrganiserUnionId = s.Activity.UnionId.ToString(),
                OrganiserUnionName = record.UnionNames.GetValueOrDefault(s.Activity.UnionId, ""),
                PersonInCharge = s.Activity.LeaderName,
                RecordedAt = Timestamp.FromDateTimeOffset(s.Line.RecordedAt),
                Evaluation = s.Activity.Evaluation,
                EvaluatedOn = s.Activity.CompletedAt is { } done ? CampaignDay(done) : "",
            }),
        },
        Trainings =
        {
            record.Trainings.Select(t => new Proto.TrainingEntry
            {
                Kind = t.Kind, Name = t.Name, Hours = (double)t.Hours, Date = t.Date.ToString("yyyy-MM-dd"),
            }),
        },
        Awards =
        {
            record.Awards.Select(a => new Proto.AwardEntry
            {
                Name = a.Name, Date = a.Date.ToString("yyyy-MM-dd"), GrantingBody = a.GrantingBody,
            }),
        },
    };

    private static string CampaignDay(DateTimeOffset at) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, CampaignClock.Zone).DateTime).ToString("yyyy-MM-dd");
}
