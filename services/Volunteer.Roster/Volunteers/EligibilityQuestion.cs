namespace Volunteer.Roster.Volunteers;

/// <summary>A checked eligibility question: distinct volunteers, a day, and a team when membership matters.</summary>
public sealed record EligibilityQuestion(IReadOnlyList<Guid> VolunteerIds, Guid? TeamId, DateOnly Day);
