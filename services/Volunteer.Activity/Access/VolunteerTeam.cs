namespace Volunteer.Activity.Access;

/// <summary>A row of a volunteer's owner lookup: one current team, its union, and the volunteer's own union.</summary>
internal sealed record VolunteerTeam(Guid TeamId, Guid TeamUnionId, Guid? VolunteerUnionId);
