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
            record.Services.Select(s => s.Line.ToProto(s.Activity, record.UnionNames)),
        },
        Trainings =
        {
            record.Trainings.Select(t => new Proto.TrainingEntry
            {
                Kind = t.Kind, Name = t.Name, Hours = (double)t.Hours, Date = t.Date.ToString("yyyy-MM-dd"),
                Content = t.Content, Organiser = t.Organiser,
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
}
