namespace Volunteer.Activity.Activities;

/// <summary>An activity's days: its own span, the travel around it, and the days with a meeting.</summary>
public sealed record PlanDays(
    DateOnly StartsOn,
    DateOnly EndsOn,
    DateOnly DepartsOn,
    DateOnly ReturnsOn,
    List<DateOnly> MeetingDays);
