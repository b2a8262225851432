namespace Volunteer.Activity.Activities;

/// <summary>A page of overdue activities, ordered by due day and id.</summary>
/// <param name="After">The due day and id of the last activity served; null for the first page.</param>
public sealed record OverduePage(int Size, Guid? SubtreeOf, (DateOnly DueOn, Guid Id)? After);
