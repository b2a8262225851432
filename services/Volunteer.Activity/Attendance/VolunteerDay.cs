namespace Volunteer.Activity.Attendance;

/// <summary>
/// One person's day across all their activities. Counting any of their attendance that day updates this
/// row first, so two counts of the same person's day at once (check-outs at two activities) conflict on
/// its version: the later call runs again on a clean unit of work (ConcurrentChangeRetry) and sees the
/// hours the other committed, which keeps the day's tiers exact.
/// </summary>
public sealed class VolunteerDay
{
    public Guid VolunteerId { get; init; }

    public DateOnly Day { get; init; }

    /// <summary>How often the day was counted: each count changes the row, and so its version.</summary>
    public int Counts { get; set; }

    public uint Version { get; set; }
}
