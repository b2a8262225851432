using System.Diagnostics;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Volunteer.Contracts.Activity.V1;
using Volunteer.Contracts.Auth;
using Volunteer.Testing;
using Volunteer.Testing.Benchmarking;
using ServiceActivity = Volunteer.Activity.Activities.ServiceActivity;

namespace Volunteer.Activity.Benchmarks;

/// <summary>
/// Every participant of the started activities checks in, then out, several callers at once: one run per
/// day of the activities, so each run writes fresh attendance. The same check-ins then go to the baseline.
/// The first days only warm both up: the service's code is still being recompiled by the tiered JIT then.
/// With three such days the measured days were still faster each than the one before (791, 966, 1,172
/// calls/s); over fifteen days the rate rose until the fifth and stayed within 957-1,153 from there on.
/// </summary>
internal static class CheckInThroughput
{
    public const int Concurrency = 8;
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    public static async Task<(int CallsPerRun, Sample CheckIns, Sample CheckOuts, Sample Baseline)> RunAsync(
        ActivityBenchmarkHost host, ActivityService.ActivityServiceClient client,
        ActivityService.ActivityServiceClient baseline, IReadOnlyList<ServiceActivity> started)
    {
        var tokens = Tokens(host, started);
        var checkIns = new List<double>();
        var checkOuts = new List<double>();
        var baselineCheckIns = new List<double>();
        var calls = 0;
        for (var day = 0; day < CampaignSeed.ActivityDays; day++)
        {
            var work = started.SelectMany(a => a.Participants.Select(p =>
                (Activity: a, p.VolunteerId, Day: a.StartsOn.AddDays(day)))).ToList();
            var (inRate, outRate) = await RunDayAsync(client, work, tokens);
            var (baselineRate, _) = await CheckInAsync(baseline, work, tokens);
            Console.WriteLine($"    day {day + 1}{(day < CampaignSeed.WarmUpDays ? " (warm-up)" : "")}: "
                + $"check-ins {inRate:N0}/s, check-outs {outRate:N0}/s, baseline check-ins {baselineRate:N0}/s, "
                + $"load average {File.ReadAllText("/proc/loadavg").Trim()}");
            if (day < CampaignSeed.WarmUpDays)
            {
                continue;
            }

            checkIns.Add(inRate);
            checkOuts.Add(outRate);
            baselineCheckIns.Add(baselineRate);
            calls = work.Count;
        }

        return (calls, new Sample(checkIns), new Sample(checkOuts), new Sample(baselineCheckIns));
    }

    /// <summary>Each participant's own token, valid for the whole run even on a loaded machine.</summary>
    public static Dictionary<Guid, Metadata> Tokens(
        ActivityBenchmarkHost host, IReadOnlyList<ServiceActivity> started) =>
        started.SelectMany(a => a.Participants).Select(p => p.VolunteerId).Distinct().ToDictionary(
            volunteer => volunteer,
            volunteer => new Metadata { { "authorization", "Bearer " + host.Tokens.Issue(
                volunteer.ToString(), PlatformRoles.Volunteer, null, TimeSpan.FromHours(2)) } });

    /// <summary>Checks every (activity, volunteer, day) in, then every opened attendance out.</summary>
    public static async Task<(double CheckInsPerSecond, double CheckOutsPerSecond)> RunDayAsync(
        ActivityService.ActivityServiceClient client,
        List<(ServiceActivity Activity, Guid VolunteerId, DateOnly Day)> work, Dictionary<Guid, Metadata> tokens)
    {
        var (checkIns, opened) = await CheckInAsync(client, work, tokens);
        var checkOuts = await TimeAsync(opened, async o =>
        {
            var at = new DateTimeOffset(o.Day.ToDateTime(new TimeOnly(16, 30)), China);
            await client.CheckOutAsync(new CheckOutRequest
            {
                AttendanceId = o.Id, CheckOutTime = Timestamp.FromDateTimeOffset(at), TravelMinutes = 30,
            }, tokens[o.Volunteer]);
        });
        return (checkIns, opened.Count / checkOuts.TotalSeconds);
    }

    /// <summary>Checks every (activity, volunteer, day) in; the check-ins per second and the days opened.</summary>
    private static async Task<(double PerSecond, List<(string Id, Guid Volunteer, DateOnly Day)> Opened)>
        CheckInAsync(ActivityService.ActivityServiceClient client,
            List<(ServiceActivity Activity, Guid VolunteerId, DateOnly Day)> work, Dictionary<Guid, Metadata> tokens)
    {
        var opened = new System.Collections.Concurrent.ConcurrentBag<(string Id, Guid Volunteer, DateOnly Day)>();
        var elapsed = await TimeAsync(work, async w =>
        {
            var at = new DateTimeOffset(w.Day.ToDateTime(new TimeOnly(8, 0)), China);
            var attendance = (await client.CheckInAsync(new CheckInRequest
            {
                ActivityId = w.Activity.Id.ToString(), VolunteerId = w.VolunteerId.ToString(), Place = "中心小学",
                Evidence = w.Activity.Online ? "https://meeting.example.cn/j/1" : "",
                CheckInTime = Timestamp.FromDateTimeOffset(at),
            }, tokens[w.VolunteerId])).Attendance;
            opened.Add((attendance.Id, w.VolunteerId, w.Day));
        });
        return (work.Count / elapsed.TotalSeconds, [.. opened]);
    }

    private static async Task<TimeSpan> TimeAsync<T>(IReadOnlyList<T> items, Func<T, Task> call)
    {
        var stopwatch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(
            items, new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (item, _) => await call(item));
        return stopwatch.Elapsed;
    }
}
