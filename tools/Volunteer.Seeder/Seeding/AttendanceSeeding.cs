using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.Logging;
using Volunteer.Contracts.Activity.V1;
using Volunteer.Seeder.Demo;
using Volunteer.Seeder.Tokens;

namespace Volunteer.Seeder.Seeding;

/// <summary>
/// Runs the cleared activities: start, each confirmed participant checked in and out by the organising union for every
/// day (a few long days approved), incidents reported, completed with outcomes, and recorded, except the few
/// left completed-but-unrecorded on purpose.
/// </summary>
public sealed class AttendanceSeeding(
    ActivityService.ActivityServiceClient activity, CallerTokens tokens, IncidentSeeding incidents, SeedingRun run, ILogger<AttendanceSeeding> logger)
{
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    public async Task SeedAsync(DemoPlan plan, SeededCampaign seeded, CancellationToken cancellationToken)
    {
        var (days, recorded) = (0, 0);
        await run.EachAsync(plan.Activities.Where(a => a.Runs), async (spec, token) =>
        {
            var id = seeded.Activities[spec.Key];
            var current = (await activity.GetActivityAsync(new GetActivityRequest { Id = id }, tokens.Province, cancellationToken: token)).Activity;
            if (current.Status == ActivityStatus.Cleared)
            {
                current = (await activity.StartActivityAsync(new StartActivityRequest { Id = id }, tokens.Province, cancellationToken: token)).Activity;
            }

            if (current.Status == ActivityStatus.InProgress)
            {
                Interlocked.Add(ref days, await AttendAsync(spec, current, seeded, token));
                await incidents.ReportAsync(spec, current, token);
                current = (await activity.CompleteActivityAsync(new CompleteActivityRequest { Id = id, Outcomes = DemoOutcomes.For(spec) },
                    tokens.Province, cancellationToken: token)).Activity;
            }

            if (current.Status == ActivityStatus.Completed && spec.Fate == ActivityFate.Recorded)
            {
                await activity.RecordActivityAsync(new RecordActivityRequest { Id = id }, tokens.Province, cancellationToken: token);
                Interlocked.Increment(ref recorded);
            }
        }, cancellationToken);
        logger.LogInformation("Activities run: {Days} attendance days taken, {Recorded} recorded now", days, recorded);
    }

    private async Task<int> AttendAsync(ActivitySpec spec, Activity current, SeededCampaign seeded, CancellationToken cancellationToken)
    {
        // The 2018 days are past: the organising union records them as its backfill (补录); people
        // themselves may only check in at the present time.
        var organiser = tokens.UnionAdmin(seeded.Roster.Unions[spec.Union.Key]);
        var taken = (await activity.ListAttendanceAsync(new ListAttendanceRequest { ActivityId = current.Id, PageSize = 500 }, tokens.Province,
            cancellationToken: cancellationToken)).Attendances.ToDictionary(a => (a.VolunteerId, a.Day));
        var confirmed = current.Participants.Where(p => p.Status == ParticipantStatus.Confirmed).Select(p => p.VolunteerId).ToList();
        var added = 0;
        foreach (var (volunteerId, person) in confirmed.Select((v, i) => (v, i)))
        {
            foreach (var (day, dayIndex) in spec.Days.Select((d, i) => (d, i)))
            {
                var (checkIn, checkOut, travel) = Times(spec, day, person, dayIndex);
                if (!taken.TryGetValue((volunteerId, day.ToString("yyyy-MM-dd")), out var attendance))
                {
                    attendance = (await activity.CheckInAsync(new CheckInRequest
                    {
                        ActivityId = current.Id, VolunteerId = volunteerId, CheckInTime = Timestamp.FromDateTimeOffset(checkIn),
                        Place = spec.Online ? "" : current.Place, Evidence = spec.Online ? $"直播回放：第{dayIndex + 1}讲" : "",
                    }, organiser, cancellationToken: cancellationToken)).Attendance;
                    added++;
                }

                if (attendance.HoursStatus == HoursStatus.Open)
                {
                    attendance = (await activity.CheckOutAsync(new CheckOutRequest
                    {
                        AttendanceId = attendance.Id, CheckOutTime = Timestamp.FromDateTimeOffset(checkOut), TravelMinutes = travel,
                    }, organiser, cancellationToken: cancellationToken)).Attendance;
                }

                if (attendance.HoursStatus is HoursStatus.AwaitingOrganiser or HoursStatus.AwaitingProvince)
                {
                    await activity.ApproveHoursAsync(new ApproveHoursRequest { AttendanceId = attendance.Id }, tokens.Province, cancellationToken: cancellationToken);
                }
            }
        }

        return added;
    }

    /// <summary>A working day on site (travel on the first), an evening session online; the first three of a long-day activity stay late on day one.</summary>
    private static (DateTimeOffset In, DateTimeOffset Out, int TravelMinutes) Times(ActivitySpec spec, DateOnly day, int person, int dayIndex)
    {
        var midnight = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), ChinaStandardTime);
        var offset = TimeSpan.FromMinutes((person * 7 + dayIndex * 3) % 20);
        if (spec.Online)
        {
            return (midnight.AddHours(19) + offset, midnight.AddHours(21) + offset, 0);
        }

        var longDay = spec.LongDays && dayIndex == 0 && person < 3;
        return (midnight.AddHours(8.5) + offset, midnight.AddHours(longDay ? 20 : 16.5) + offset, dayIndex == 0 ? 40 : 0);
    }
}
