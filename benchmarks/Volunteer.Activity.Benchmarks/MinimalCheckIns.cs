using Grpc.Core;
using Npgsql;
using Volunteer.Activity.Attendance;
using Volunteer.Contracts.Activity.V1;
using AttendanceMessage = Volunteer.Contracts.Activity.V1.Attendance;

namespace Volunteer.Activity.Benchmarks;

/// <summary>
/// The baseline's one RPC: a check-in as one insert of the day's row, unique per person, activity and day, in
/// its own transaction. No token, no scope, no rules, no event, no logs. It answers CheckIn so the same
/// requests go to both servers.
/// </summary>
internal sealed class MinimalCheckIns(NpgsqlDataSource database) : ActivityService.ActivityServiceBase
{
    public const string Table = """
        create table attendance_days (
            id uuid primary key, activity_id uuid not null, volunteer_id uuid not null, day date not null,
            checked_in_at timestamptz not null, place text, unique (activity_id, volunteer_id, day))
        """;

    public override async Task<CheckInResponse> CheckIn(CheckInRequest request, ServerCallContext context)
    {
        var id = Guid.CreateVersion7();
        var checkedInAt = request.CheckInTime.ToDateTimeOffset();
        await using var command = database.CreateCommand("""
            insert into attendance_days (id, activity_id, volunteer_id, day, checked_in_at, place)
            values ($1, $2, $3, $4, $5, $6) on conflict do nothing
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = Guid.Parse(request.ActivityId) });
        command.Parameters.Add(new NpgsqlParameter { Value = Guid.Parse(request.VolunteerId) });
        command.Parameters.Add(new NpgsqlParameter { Value = HoursRule.DayOf(checkedInAt) });
        command.Parameters.Add(new NpgsqlParameter { Value = checkedInAt });
        command.Parameters.Add(new NpgsqlParameter { Value = request.Place });
        if (await command.ExecuteNonQueryAsync(context.CancellationToken) == 0)
        {
            throw new RpcException(new Status(StatusCode.AlreadyExists, "Checked in already."));
        }

        return new CheckInResponse
        {
            Attendance = new AttendanceMessage
            {
                Id = id.ToString(), ActivityId = request.ActivityId, VolunteerId = request.VolunteerId,
                CheckInTime = request.CheckInTime, Place = request.Place,
            },
        };
    }
}
