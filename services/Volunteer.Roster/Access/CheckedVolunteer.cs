using Volunteer.Roster.Volunteers;

namespace Volunteer.Roster.Access;

/// <summary>A volunteer as the edge's owner lookup loads them: the whole row, honours and current teams.</summary>
internal sealed record CheckedVolunteer(StaffVolunteer Volunteer, List<VolunteerHonour> Honours, List<Guid> TeamIds);
