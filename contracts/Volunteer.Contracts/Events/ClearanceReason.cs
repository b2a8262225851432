namespace Volunteer.Contracts.Events;

/// <param name="Code">NO_RESPONSIBLE_PERSON, PLAN_NOT_APPROVED, UNINSURED or NO_SAFETY_TRAINING.</param>
/// <param name="VolunteerId">The volunteer concerned, for UNINSURED and NO_SAFETY_TRAINING.</param>
/// <param name="Days">The uncovered days, for UNINSURED.</param>
public sealed record ClearanceReason(string Code, Guid? VolunteerId, IReadOnlyList<DateOnly> Days, string Description);
