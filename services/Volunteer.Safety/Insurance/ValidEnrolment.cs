namespace Volunteer.Safety.Insurance;

/// <summary>
/// The parsed, checked parts of an enrolment: listed volunteers or an activity's participants, for the
/// given days or, where none are given, the activity's or the policy's.
/// </summary>
public sealed record ValidEnrolment(
    Guid PolicyId, List<Guid> VolunteerIds, Guid? ActivityId, DateOnly? From, DateOnly? To);
