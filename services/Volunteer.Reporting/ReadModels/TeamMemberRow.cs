namespace Volunteer.Reporting.ReadModels;

/// <summary>
/// A volunteer's latest tenure on a team. Joined and left days only ever move forward, so the events
/// give the same row in any order; the member is current while the join is after the last leave.
/// </summary>
public sealed class TeamMemberRow
{
    public Guid TeamId { get; set; }

    public Guid VolunteerId { get; set; }

    public string Role { get; set; } = "";

    public DateOnly JoinedOn { get; set; } = DateOnly.MinValue;

    public DateOnly? LeftOn { get; set; }
}
