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

    /// <summary>When the name held was given (formation or rename); null until one of them arrived.</summary>
    public DateTimeOffset? NamedAt { get; set; }

    /// <summary>education, science, culture, medical or health (roster's event names).</summary>
    public string Specialty { get; set; } = "";

    /// <summary>forming, active or disbanded.</summary>
    public string Status { get; set; } = TeamStatuses.Forming;

    public List<KnownTeamMember> Members { get; init; } = [];

    public IEnumerable<KnownTeamMember> CurrentMembers => Members.Where(m => m.LeftOn is null);

    /// <summary>
    /// Takes a name given at <paramref name="namedAt"/> unless a newer one is held: roster's replicas relay
    /// events in parallel, so a rename may overtake the formation or an earlier rename.
    /// </summary>
    public void Rename(string name, DateTimeOffset namedAt)
    {
        if (NamedAt is null || namedAt >= NamedAt)
        {
            Name = name;
            NamedAt = namedAt;
        }
    }
}
