namespace Volunteer.Activity.Access;

/// <summary>A row of an activity's owner lookup: its union and teams, and one person who reaches it (if any).</summary>
internal sealed record ActivityPerson(Guid UnionId, List<Guid> TeamIds, Guid? Person);
