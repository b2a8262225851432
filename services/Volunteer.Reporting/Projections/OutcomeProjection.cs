using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Volunteer.Contracts.Events;
using Volunteer.Reporting.Data;
using Volunteer.Reporting.ReadModels;

namespace Volunteer.Reporting.Projections;

/// <summary>Attendance (highest revision wins), approvals, outcomes and final service records.</summary>
public sealed class OutcomeProjection(ReportingDbContext db, DigestStaleness staleness)
{
    public async Task ApplyAsync(AttendanceRecorded e, CancellationToken ct)
    {
        var row = await Attendance(e.AttendanceId, e.ActivityId, e.VolunteerId, e.Day, ct);
        if (e.Revision <= row.Revision)
        {
            return;
        }

        row.UnionId = e.UnionId;
        row.Hours = e.Hours;
        row.HoursStatus = e.HoursStatus;
        row.Revision = e.Revision;
        staleness.Note(e.UnionId, e.Day, e.Day, e.RecordedAt);
    }

    public async Task ApplyAsync(HoursApproved e, CancellationToken ct)
    {
        var row = await Attendance(e.AttendanceId, e.ActivityId, e.VolunteerId, e.Day, ct);
        row.Approved = true;
        staleness.Note(row.UnionId, e.Day, e.Day, e.ApprovedAt);
        if (row.Revision == 0)
        {
            row.Hours = e.Hours;
        }

        // Approving a day that a correction after recording left awaiting puts it back on the record.
        if ((await db.Activities.FindAsync([e.ActivityId], ct))?.RecordedAt is not null)
        {
            await RecordLines.SetAsync(db, row, counts: true, e.ApprovedAt, ct);
        }
    }

    public async Task ApplyAsync(ActivityCompleted e, CancellationToken ct)
    {
        var activity = await db.Activity(e.ActivityId, e.UnionId, ct);
        if (activity.CompletedAt is not null)
        {
            return;
        }

        activity.Status = ActivityStatuses.Advance(activity.Status, ActivityStatuses.Completed);
        activity.CompletedAt = e.CompletedAt;
        activity.Summary = e.Summary;
        activity.Evaluation = e.Evaluation;
        activity.Beneficiaries = e.Beneficiaries.Sum(b => b.Count);
        staleness.Note(e.UnionId, activity.StartsOn, activity.EndsOn, e.CompletedAt);
        db.Donations.AddRange(e.Donations.Select((d, i) => new DonationRow
        {
            ActivityId = e.ActivityId, Line = i + 1, Item = d.Item, Quantity = d.Quantity, Unit = d.Unit, Value = d.Value, ReceivedBy = d.ReceivedBy,
        }));
        db.Spending.AddRange(e.Spending.Select((s, i) => new SpendingRow
        {
            ActivityId = e.ActivityId, Line = i + 1, Amount = s.Amount, Category = s.Category, Source = s.Source,
        }));
    }

    public async Task ApplyAsync(ActivityRecorded e, CancellationToken ct)
    {
        var activity = await db.Activity(e.ActivityId, e.UnionId, ct);
        if (activity.RecordedAt is { } recorded && recorded >= e.RecordedAt)
        {
            return;
        }

        activity.Status = ActivityStatuses.Advance(activity.Status, ActivityStatuses.Recorded);
        activity.RecordedAt = e.RecordedAt;
        staleness.Note(e.UnionId, activity.StartsOn, activity.EndsOn, e.RecordedAt);
        // A later recording of the same activity replaces the earlier lines (changed in place so the
        // whole replacement commits with the inbox row). Tracked lines count too, removed ones included:
        // an earlier event of the same batch may have added or removed some, not yet saved.
        if (!await BatchRows.TrackedAsync(db.ServiceLines, e.ActivityId, ct))
        {
            await db.ServiceLines.Where(l => l.ActivityId == e.ActivityId).LoadAsync(ct);
        }

        var existing = db.ChangeTracker.Entries<ServiceLine>().Where(l => l.Entity.ActivityId == e.ActivityId)
            .ToDictionary(l => (l.Entity.VolunteerId, l.Entity.Day));
        foreach (var service in e.Services.GroupBy(s => (s.VolunteerId, s.Day)))
        {
            var line = existing.Remove(service.Key, out var tracked) ? Kept(tracked) : null;
            if (line is null)
            {
                line = new ServiceLine { ActivityId = e.ActivityId, VolunteerId = service.Key.VolunteerId, Day = service.Key.Day };
                db.ServiceLines.Add(line);
            }

            line.UnionId = e.UnionId;
            line.Hours = service.Sum(s => s.Hours);
            line.RecordedAt = e.RecordedAt;
        }

        db.ServiceLines.RemoveRange(existing.Values.Where(l => l.State != EntityState.Deleted).Select(l => l.Entity));
    }

    /// <summary>A tracked line, brought back if an earlier recording in the same unit of work removed it.</summary>
    private static ServiceLine Kept(EntityEntry<ServiceLine> tracked)
    {
        if (tracked.State == EntityState.Deleted)
        {
            tracked.State = EntityState.Modified;
        }

        return tracked.Entity;
    }

    private Task<AttendanceRow> Attendance(Guid id, Guid activityId, Guid volunteerId, DateOnly day, CancellationToken ct) =>
        db.Attendance.FindOrAddAsync([id], () => new AttendanceRow { Id = id, ActivityId = activityId, VolunteerId = volunteerId, Day = day }, ct);
}
