namespace Volunteer.Activity.Activities;

/// <summary>A page of overdue activities, ordered by due day and id.</summary>
public sealed record OverduePage(DayPage Paging, Guid? SubtreeOf);
