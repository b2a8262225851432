using Google.Protobuf.WellKnownTypes;

namespace Volunteer.EndToEnd.Tests.Campaign;

/// <summary>
/// When the story happens: a two-day activity in October of the current campaign year, inside its
/// April–October window and already past, so check-ins are not in the future; travel the day before.
/// </summary>
internal static class Timeline
{
    public static readonly TimeSpan ChinaTime = TimeSpan.FromHours(8);
    public const string JoinedOn = "2026-09-01";
    public const string TrainedOn = "2026-09-20";
    public const string DepartsOn = "2026-10-13";
    public const string StartsOn = "2026-10-14";
    public const string EndsOn = "2026-10-15";
    public const string MonthStart = "2026-10-01";
    public const string MonthEnd = "2026-10-31";

    /// <summary>Each service day as a volunteer lives it (China time) and the hours it must count: span minus travel.</summary>
    public static readonly ServiceDay[] Days =
    [
        new(StartsOn, new TimeOnly(9, 0), new TimeOnly(15, 30), TravelMinutes: 30, Hours: 6.0),
        new(EndsOn, new TimeOnly(8, 30), new TimeOnly(12, 45), TravelMinutes: 15, Hours: 4.0),
    ];

    public static double HoursPerVolunteer => Days.Sum(d => d.Hours);

    public static Timestamp At(string day, TimeOnly time) =>
        Timestamp.FromDateTimeOffset(new DateTimeOffset(DateOnly.Parse(day).ToDateTime(time), ChinaTime));
}
