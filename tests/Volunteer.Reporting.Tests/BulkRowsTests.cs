using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Reporting.Data;
using Volunteer.Reporting.ReadModels;
using Volunteer.ServiceDefaults.Database;

namespace Volunteer.Reporting.Tests;

/// <summary>
/// Projections store the rows a batch adds by COPY and set the rows it changes a table at a time: such a row
/// must read back as the row SaveChanges stores, and the rows this cannot store must still reach SaveChanges.
/// </summary>
public sealed class BulkRowsTests(ReportingServiceHost host) : IClassFixture<ReportingServiceHost>
{
    private static readonly DateTimeOffset At = new(2026, 5, 10, 1, 30, 0, TimeSpan.Zero);
    private static readonly Guid Union = Guid.NewGuid(), Team = Guid.NewGuid();

    [Fact]
    public async Task A_copied_row_reads_back_as_a_saved_one_and_a_numbered_row_is_left_to_SaveChanges()
    {
        await host.WaitUntilReadyAsync();
        var (copied, saved) = (Activity(), Activity());
        var attendance = Attendance(copied, 2.5m);
        var insured = Insured(copied, copied.EndsOn);
        var logged = new ProjectedEvent { Type = "Test", Payload = "{}", MessageId = Guid.NewGuid(), OccurredAt = At };
        await InTransactionAsync(async db =>
        {
            db.AddRange(copied, attendance, insured, logged);
            await AddedRows.CopyAsync(db, CancellationToken.None);
            Assert.Equal(EntityState.Unchanged, db.Entry(insured).State);
            Assert.Equal(EntityState.Unchanged, db.Entry(copied).State);
            Assert.Equal(EntityState.Unchanged, db.Entry(attendance).State);
            Assert.Equal(EntityState.Added, db.Entry(logged).State); // its sequence is the database's
            db.Add(saved);
        });

        using var readScope = host.Services.CreateScope();
        var read = readScope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var rows = await read.Activities.AsNoTracking().Where(a => a.Id == copied.Id || a.Id == saved.Id)
            .ToDictionaryAsync(a => a.Id);
        Assert.Equal(Json(copied, copied.Id), Json(rows[copied.Id], copied.Id));
        Assert.Equal(Json(rows[saved.Id], saved.Id), Json(rows[copied.Id], copied.Id));
        var attendanceRead = await read.Attendance.AsNoTracking().SingleAsync(a => a.Id == attendance.Id);
        Assert.Equal(Json(attendance), Json(attendanceRead));
        var insuredRead = await read.Insured.AsNoTracking().SingleAsync(i => i.PolicyId == insured.PolicyId);
        Assert.Equal(Json(insured), Json(insuredRead));
        Assert.True(await read.ProjectedEvents.AnyAsync(e => e.MessageId == logged.MessageId && e.Sequence > 0));
    }

    [Fact]
    public async Task A_row_changed_in_bulk_reads_back_as_a_saved_one_and_other_tables_are_left_to_SaveChanges()
    {
        await host.WaitUntilReadyAsync();
        var (bulk, saved) = (Activity(), Activity());
        var attendance = Attendance(bulk, 6m);
        var insured = Insured(bulk, bulk.StartsOn);
        using (var scope = host.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
            db.AddRange(bulk, saved, attendance, insured);
            await db.SaveChangesAsync();
        }

        await InTransactionAsync(async db =>
        {
            var rows = await db.Activities.Where(a => a.Id == bulk.Id || a.Id == saved.Id).ToListAsync();
            rows.ForEach(Change);
            var changedAttendance = await db.Attendance.SingleAsync(a => a.Id == attendance.Id);
            changedAttendance.Hours = 4.5m;
            var changedInsured = await db.Insured.SingleAsync(i => i.PolicyId == insured.PolicyId);
            changedInsured.To = bulk.EndsOn;
            changedInsured.ActivityId = bulk.Id;
            db.ChangeTracker.DetectChanges();
            await ModifiedRows.UpdateAsync(db, new HashSet<string> { "activities", "insured" }, CancellationToken.None);
            Assert.Equal(EntityState.Unchanged, db.Entry(changedInsured).State);
            Assert.All(rows, row => Assert.Equal(EntityState.Unchanged, db.Entry(row).State));
            Assert.Equal(EntityState.Modified, db.Entry(changedAttendance).State);
        });

        using var readScope = host.Services.CreateScope();
        var read = readScope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var stored = await read.Activities.AsNoTracking().Where(a => a.Id == bulk.Id || a.Id == saved.Id)
            .ToDictionaryAsync(a => a.Id);
        Change(bulk);
        Assert.Equal(Json(bulk, bulk.Id), Json(stored[bulk.Id], bulk.Id));
        Assert.Equal(Json(stored[saved.Id], saved.Id), Json(stored[bulk.Id], bulk.Id));
        var insuredRead = await read.Insured.AsNoTracking().SingleAsync(i => i.PolicyId == insured.PolicyId);
        Assert.Equal((bulk.EndsOn, (Guid?)bulk.Id), (insuredRead.To, insuredRead.ActivityId));
        Assert.Equal(4.5m, (await read.Attendance.AsNoTracking().SingleAsync(a => a.Id == attendance.Id)).Hours);
    }

    /// <summary>Runs the work, then saves and commits, in one transaction, as a projection batch does.</summary>
    private async Task InTransactionAsync(Func<ReportingDbContext, Task> work)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await work(db);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        });
    }

    private static void Change(ActivityRow row)
    {
        row.Status = ActivityStatuses.Cancelled;
        row.TeamIds = [Team];
        row.ClearanceReasons = [];
        row.Cleared = null;
        row.CompletedAt = null;
        row.CancelledAt = At.AddDays(1);
        row.Summary = "因天气取消";
    }

    private static ActivityRow Activity() => new()
    {
        Id = Guid.NewGuid(), UnionId = Union, CampaignYear = 2026, Name = "送教下乡", Form = "teaching",
        Domain = "education", Mode = "designated", SiteId = null, TeamIds = [Team, Guid.Empty],
        StartsOn = new DateOnly(2026, 5, 10), EndsOn = new DateOnly(2026, 5, 11), Place = "第一小学",
        LeaderName = "张队长", Content = "", Status = ActivityStatuses.Recorded, Cleared = false, ClearanceRevision = 7,
        ClearanceReasons = ["未投保", "未培训"], SafetyPlanApproved = true, Beneficiaries = 40, Summary = "顺利完成",
        Evaluation = "优秀", CompletedAt = At, RecordedAt = At.AddHours(1), CancelledAt = null,
    };

    private static AttendanceRow Attendance(ActivityRow activity, decimal hours) => new()
    {
        Id = Guid.NewGuid(), ActivityId = activity.Id, VolunteerId = Guid.NewGuid(), UnionId = activity.UnionId,
        Day = activity.StartsOn, Hours = hours, HoursStatus = "counted", Revision = 3, Approved = true,
    };

    // Its columns "from" and "to" are SQL keywords.
    private static InsuredRow Insured(ActivityRow activity, DateOnly to) => new()
    {
        PolicyId = Guid.NewGuid(), VolunteerId = Guid.NewGuid(), From = activity.StartsOn, To = to,
    };

    private static string Json<T>(T row, Guid? id = null) =>
        id is { } named ? JsonSerializer.Serialize(row).Replace(named.ToString(), "id") : JsonSerializer.Serialize(row);
}
