namespace Volunteer.Activity.Participants;

/// <summary>A page of a volunteer's activities and the hours counted for them over all their activities.</summary>
public sealed record MyActivitiesPage(List<MyActivity> Activities, string NextPageToken, decimal TotalCountedHours);
