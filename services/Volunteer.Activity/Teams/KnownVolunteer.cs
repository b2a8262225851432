namespace Volunteer.Activity.Teams;

/// <summary>A volunteer's skills as roster announced them at registration, for matching teams to needs.</summary>
public sealed class KnownVolunteer
{
    public Guid Id { get; init; }

    public Guid UnionId { get; set; }

    public List<string> Skills { get; set; } = [];

    /// <summary>When roster stated these skills (registration or last correction).</summary>
    public DateTimeOffset SkillsStatedAt { get; set; }
}
