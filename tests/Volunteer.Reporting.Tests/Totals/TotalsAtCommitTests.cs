using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Reporting.Data;
using Volunteer.Reporting.ReadModels;

namespace Volunteer.Reporting.Tests.Totals;

/// <summary>
/// Totals are counted when the transaction that changed their rows commits, once, however many statements
/// it took: the rows' final state counts, and a transaction rolled back leaves nothing behind.
/// </summary>
public sealed class TotalsAtCommitTests(ReportingServiceHost host) : IClassFixture<ReportingServiceHost>
{
    private static readonly DateOnly May10 = new(2026, 5, 10), May11 = new(2026, 5, 11), June1 = new(2026, 6, 1);

    private readonly Guid _activity = Guid.NewGuid(), _recorded = Guid.NewGuid(), _team = Guid.NewGuid();
    private readonly Guid _city1 = Guid.NewGuid(), _city2 = Guid.NewGuid();
    private readonly Guid _v1 = Guid.NewGuid(), _v2 = Guid.NewGuid(), _v3 = Guid.NewGuid();

    [Fact]
    public async Task Rows_changed_by_many_statements_of_one_transaction_are_counted_in_their_final_state()
    {
        using var services = host.Services.CreateScope();
        var db = services.ServiceProvider.GetRequiredService<ReportingDbContext>();
        await WriteAsync(db, commit: true);

        var totals = await db.AttendanceTotals.AsNoTracking().Where(t => t.ActivityId == _activity)
            .OrderBy(t => t.Hours).Select(t => new { t.Day, t.UnionId, t.TeamId, t.Hours }).ToListAsync();
        Assert.Equal(
            new[]
            {
                new { Day = May10, UnionId = _city1, TeamId = AttendanceTotal.NoTeam, Hours = 3m },
                new { Day = May10, UnionId = _city1, TeamId = _team, Hours = 6m },
            },
            totals);
        var served = await db.Set<ServedYear>().AsNoTracking().Where(s => s.Year == 2026
            && (s.VolunteerId == _v1 || s.VolunteerId == _v2 || s.VolunteerId == _v3)).ToListAsync();
        Assert.Equal(
            new[] { (_city1, _v1, Days(May10)), (_city1, _v2, Days(May10)), (_city2, _v1, Days(June1)) }.Order(),
            served.Select(s => (s.UnionId, s.VolunteerId, DaysOf(s.Days))).Order());
        var everywhere = await db.Set<ServedYearEverywhere>().AsNoTracking()
            .Where(s => s.Year == 2026 && (s.VolunteerId == _v1 || s.VolunteerId == _v3)).SingleAsync();
        Assert.Equal((_v1, Days(May10, June1)), (everywhere.VolunteerId, DaysOf(everywhere.Days)));
        Assert.Equal(0, await NotedAsync(db));
    }

    [Fact]
    public async Task A_transaction_rolled_back_leaves_neither_totals_nor_notes()
    {
        using var services = host.Services.CreateScope();
        var db = services.ServiceProvider.GetRequiredService<ReportingDbContext>();
        await WriteAsync(db, commit: false);

        Assert.False(await db.AttendanceTotals.AnyAsync(t => t.ActivityId == _activity));
        Assert.False(await db.Set<ServedYearEverywhere>().AnyAsync(s => s.VolunteerId == _v1));
        Assert.Equal(0, await NotedAsync(db));
    }

    /// <summary>
    /// In one transaction, a statement per change: the participant after its attendance, an approval, a day
    /// withdrawn, a day that stops counting, and a service line of another union.
    /// </summary>
    private async Task WriteAsync(ReportingDbContext db, bool commit)
    {
        await host.WaitUntilReadyAsync();
        // The service retries transient failures, which asks a transaction to run as one retriable unit.
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var days = new[]
            {
                Attendance(_v1, May10, 6m, "counted"), Attendance(_v2, May10, 3m, "awaiting-organiser"),
                Attendance(_v3, May11, 4m, "counted"), Attendance(_v3, May10, 2m, "counted"),
            };
            foreach (var day in days)
            {
                db.Attendance.Add(day);
                await db.SaveChangesAsync();
            }

            db.Participants.Add(new ParticipantRow { ActivityId = _activity, VolunteerId = _v1, TeamId = _team });
            days[1].Approved = true;
            db.Attendance.Remove(days[2]);
            days[3].HoursStatus = "awaiting-province";
            db.ServiceLines.Add(new ServiceLine
            {
                ActivityId = _recorded, VolunteerId = _v1, Day = June1, UnionId = _city2, Hours = 2m,
                RecordedAt = CampaignEvents.At,
            });
            await db.SaveChangesAsync();
            await (commit ? transaction.CommitAsync() : transaction.RollbackAsync());
        });
    }

    private AttendanceRow Attendance(Guid volunteer, DateOnly day, decimal hours, string status) => new()
    {
        Id = Guid.NewGuid(), ActivityId = _activity, VolunteerId = volunteer, UnionId = _city1, Day = day,
        Hours = hours, HoursStatus = status, Revision = 1,
    };

    private static string Days(params DateOnly[] days) => string.Join(',', days.Select(d => d.DayOfYear));

    private static string DaysOf(System.Collections.BitArray bits) =>
        string.Join(',', Enumerable.Range(0, bits.Length).Where(i => bits[i]).Select(i => i + 1));

    private static Task<int> NotedAsync(ReportingDbContext db) => db.Database.SqlQuery<int>($"""
        select ((select count(*) from totals_noted_activities) + (select count(*) from totals_noted_served_years)
            + (select count(*) from totals_settlements))::int as "Value"
        """).SingleAsync();
}
