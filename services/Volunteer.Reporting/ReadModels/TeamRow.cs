namespace Volunteer.Reporting.ReadModels;

/// <summary>A service team; a row made by a member event that came before TeamFormed is a stub with no name yet.</summary>
public sealed class TeamRow
{
    public Guid Id { get; set; }

    public Guid UnionId { get; set; }

    public string Name { get; set; } = "";

    /// <summary>When the name held was given (formation or rename); null on a stub.</summary>
    public DateTimeOffset? NamedAt { get; set; }

    public string Specialty { get; set; } = "";

    /// <summary>forming, active or disbanded.</summary>
    public string Status { get; set; } = TeamStatuses.Forming;

    public DateTimeOffset? ActivatedAt { get; set; }

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
