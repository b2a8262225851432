namespace Volunteer.Activity.Teams;

/// <summary>
/// A team as roster announced it (TeamFormed and the events after it): who is in it and who leads it,
/// so participants can be proposed and captains recognised without asking roster each time.
/// </summary>
public sealed class KnownTeam
{
    public Guid Id { get; init; }

    public Guid UnionId { get; set; }

    public string Name { get; set; } = "";

    /// <summary>education, science, culture, medical or health (roster's event names).</summary>
    public string Specialty { get; set; } = "";

    /// <summary>forming, active or disbanded.</summary>
    public string Status { get; set; } = TeamStatuses.Forming;

    public List<KnownTeamMember> Members { get; init; } = [];

    public IEnumerable<KnownTeamMember> CurrentMembers => Members.Where(m => m.LeftOn is null);
}
