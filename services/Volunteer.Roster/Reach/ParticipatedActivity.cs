namespace Volunteer.Roster.Reach;

/// <summary>
/// An activity as activity's events describe it, kept so roster can tell who may reach its participants and
/// when. Plans and submissions may arrive in any order: the newest one's values win. A cancellation sticks.
/// </summary>
public sealed class ParticipatedActivity
{
    public Guid Id { get; set; }

    /// <summary>The organising union: its admins and safety officers act for the activity.</summary>
    public Guid UnionId { get; set; }

    /// <summary>The activity's teams: their captains lead it on site.</summary>
    public List<Guid> TeamIds { get; set; } = [];

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    public bool Cancelled { get; set; }

    /// <summary>When the plan or submission whose values these are was made; zero before the first.</summary>
    public DateTimeOffset DescribedAt { get; set; }
}
