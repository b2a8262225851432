namespace Volunteer.Identity.Replicas;

/// <summary>A service team as roster formed it: enough to know whose captain a grant may name.</summary>
public sealed class KnownTeam
{
    public Guid Id { get; set; }

    public Guid UnionId { get; set; }
}
