using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using Volunteer.Reporting.Data;
using Volunteer.ServiceDefaults.Grpc;
using Volunteer.ServiceDefaults.Time;
using Proto = Volunteer.Contracts.Reporting.V1;

namespace Volunteer.Reporting.Records;

/// <summary>
/// The 志愿服务记录 of one person: masked basics, each recorded day of service with its activity's
/// place, content, organiser and person in charge (ActivityRecorded joined with ActivityPlanned),
/// the activity's evaluation, trainings and awards.
/// </summary>
public sealed class ServiceRecordQuery(ReportingDbContext db, RecordAccess access)
{
    public async Task<Proto.ServiceRecord> GetAsync(string volunteerIdText, CancellationToken ct)
    {
        var violations = new FieldViolations();
        var volunteerId = violations.Id(volunteerIdText, "volunteer_id");
        violations.ThrowIfAny();
        var volunteer = await access.LoadAsync(volunteerId!.Value, ct);
        var unionNames = await db.Unions.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var services = await db.ServiceLines.AsNoTracking().Where(l => l.VolunteerId == volunteer.Id)
            .Join(db.Activities, l => l.ActivityId, a => a.Id, (l, a) => new { Line = l, Activity = a })
            .OrderBy(x => x.Line.Day).ThenBy(x => x.Activity.Name)
            .ToListAsync(ct);
        var trainings = await db.Trainings.AsNoTracking().Where(t => t.VolunteerId == volunteer.Id).OrderBy(t => t.Date).ToListAsync(ct);
        var awards = await db.Awards.AsNoTracking().Where(a => a.VolunteerId == volunteer.Id).OrderBy(a => a.Date).ToListAsync(ct);

        return new Proto.ServiceRecord
        {
            VolunteerId = volunteer.Id.ToString(),
            MaskedName = Masking.Name(volunteer.Name),
            Gender = volunteer.Gender,
            UnionId = volunteer.UnionId.ToString(),
            UnionName = unionNames.GetValueOrDefault(volunteer.UnionId, ""),
            TotalHours = (double)services.Sum(s => s.Line.Hours),
            Services =
            {
                services.Select(s => new Proto.ServiceEntry
                {
                    ActivityId = s.Activity.Id.ToString(),
                    ActivityName = s.Activity.Name,
                    Date = s.Line.Day.ToString("yyyy-MM-dd"),
                    Place = s.Activity.Place,
                    Content = s.Activity.Content,
                    Hours = (double)s.Line.Hours,
                    OrganiserUnionId = s.Activity.UnionId.ToString(),
                    OrganiserUnionName = unionNames.GetValueOrDefault(s.Activity.UnionId, ""),
                    PersonInCharge = s.Activity.LeaderName,
                    RecordedAt = Timestamp.FromDateTimeOffset(s.Line.RecordedAt),
                    Evaluation = s.Activity.Evaluation,
                    EvaluatedOn = s.Activity.CompletedAt is { } done
                        ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(done, CampaignClock.Zone).DateTime).ToString("yyyy-MM-dd") : "",
                }),
            },
            Trainings = { trainings.Select(t => new Proto.TrainingEntry { Kind = t.Kind, Name = t.Name, Hours = (double)t.Hours, Date = t.Date.ToString("yyyy-MM-dd") }) },
            Awards = { awards.Select(a => new Proto.AwardEntry { Name = a.Name, Date = a.Date.ToString("yyyy-MM-dd"), GrantingBody = a.GrantingBody }) },
        };
    }
}
