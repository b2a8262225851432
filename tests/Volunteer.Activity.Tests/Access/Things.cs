namespace Volunteer.Activity.Tests.Access;

/// <summary>One thing of each kind the activity API names, on one side of <see cref="TwoUnions"/>.</summary>
public sealed record Things(
    string TeamId, string VolunteerId, string SiteId, string NeedId, string ActivityId, string AttendanceId);
