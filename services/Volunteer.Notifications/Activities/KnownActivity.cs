namespace Volunteer.Notifications.Activities;

/// <summary>
/// What notifications say about an activity (its name) and need for overdue records (end, union, state).
/// Events about it may overtake its planning: such a row has no name or end until the planning arrives.
/// </summary>
public sealed class KnownActivity
{
    public Guid Id { get; set; }

    public Guid UnionId { get; set; }

    public string? Name { get; set; }

    public DateOnly? EndsOn { get; set; }

    public bool Recorded { get; set; }

    public bool Cancelled { get; set; }

    /// <summary>Set once the admins were told the record is overdue, so later scans pass it by.</summary>
    public bool OverdueNotified { get; set; }

    /// <summary>The highest clearance revision seen, so a late older verdict tells nobody anything.</summary>
    public long ClearanceRevision { get; set; }
}
