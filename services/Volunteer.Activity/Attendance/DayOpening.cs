using Microsoft.EntityFrameworkCore;
using Volunteer.Activity.Data;
using Volunteer.Messaging.Outbox;

namespace Volunteer.Activity.Attendance;

/// <summary>
/// Writes a check-in's day and its event in one statement that leaves both out when the person's day at the
/// activity exists already. The unique day index still decides, between concurrent check-ins too, but a
/// repeat is an ordinary answer rather than a failed command in the log; and one statement needs no
/// transaction around it, so the write is one round trip.
/// </summary>
internal static class DayOpening
{
    private static MappedColumns? s_days;
    private static MappedColumns? s_events;

    /// <returns>False when the day had been opened before.</returns>
    public static async Task<bool> WriteAsync(
        ActivityDbContext db, AttendanceDay day, OutboxMessage recorded, CancellationToken cancellationToken)
    {
        var days = s_days ??= MappedColumns.Of<AttendanceDay>(db);
        var events = s_events ??= MappedColumns.Of<OutboxMessage>(db);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            // The only unique things of a day are its fresh id and the person's day at the activity.
            command.CommandText = $"""
                with opened as (
                    insert into {days.Table} ({days.Names}) values ({days.AddValues(command, day)})
                    on conflict do nothing returning 1)
                insert into {events.Table} ({events.Names}) select {events.AddValues(command, recorded)} from opened
                """;
            return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
