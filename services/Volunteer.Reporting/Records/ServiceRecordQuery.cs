using Microsoft.EntityFrameworkCore;
using Volunteer.Reporting.Data;

namespace Volunteer.Reporting.Records;

/// <summary>
/// The 志愿服务记录 of one person: basics, each recorded day of service with its activity's
/// place, content, organiser and person in charge (ActivityRecorded joined with ActivityPlanned),
/// the activity's evaluation, trainings and awards.
/// </summary>
public sealed class ServiceRecordQuery(ReportingDbContext db, RecordAccess access)
{
    public async Task<VolunteerRecord> GetAsync(Guid volunteerId, CancellationToken ct)
    {
        var volunteer = await access.LoadAsync(volunteerId, ct);
        var unionNames = await db.Unions.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var services = await db.ServiceLines.AsNoTracking().Where(l => l.VolunteerId == volunteer.Id)
            .Join(db.Activities, l => l.ActivityId, a => a.Id, (l, a) => new { Line = l, Activity = a })
            .OrderBy(x => x.Line.Day).ThenBy(x => x.Activity.Name)
            .ToListAsync(ct);
        var trainings = await db.Trainings.AsNoTracking().Where(t => t.VolunteerId == volunteer.Id)
            .OrderBy(t => t.Date).ToListAsync(ct);
        var awards = await db.Awards.AsNoTracking().Where(a => a.VolunteerId == volunteer.Id)
            .OrderBy(a => a.Date).ToListAsync(ct);
        return new VolunteerRecord(
            volunteer, unionNames, [.. services.Select(s => (s.Line, s.Activity))], trainings, awards);
    }
}
