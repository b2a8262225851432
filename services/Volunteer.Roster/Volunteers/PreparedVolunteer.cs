using Volunteer.Messaging.Outbox;

namespace Volunteer.Roster.Volunteers;

/// <summary>A volunteer ready to be stored, with the Registered event to be written in the same transaction.</summary>
public sealed record PreparedVolunteer(StaffVolunteer Volunteer, OutboxMessage Registered);
