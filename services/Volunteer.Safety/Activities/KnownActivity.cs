namespace Volunteer.Safety.Activities;

/// <summary>
/// An activity as the activity service submitted it for clearance, with safety's current verdict on it.
/// A cancellation that overtakes the submission leaves a cancelled row without dates, so the late
/// submission is ignored.
/// </summary>
public sealed class KnownActivity
{
    public Guid Id { get; set; }

    public Guid UnionId { get; set; }

    public string Name { get; set; } = "";

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    public DateOnly DepartsOn { get; set; }

    public DateOnly ReturnsOn { get; set; }

    /// <summary>Internet-plus: nobody travels or meets in person, so no insurance is needed.</summary>
    public bool Online { get; set; }

    public bool Cancelled { get; set; }

    /// <summary>The activity's teams as submitted: their captains report incidents on site.</summary>
    public List<Guid> TeamIds { get; set; } = [];

    public bool Cleared { get; set; }

    /// <summary>0 until the first verdict; then grows by one with every published change.</summary>
    public long ClearanceRevision { get; set; }

    /// <summary>The reasons of the current verdict as serialized ClearanceReason records.</summary>
    public string ClearanceReasons { get; set; } = "[]";

    public DateTimeOffset? EvaluatedAt { get; set; }

    /// <summary>PostgreSQL xmin: two recomputations of one activity at once cannot both publish a revision.</summary>
    public uint Version { get; set; }
}
