namespace Volunteer.Seeder.Demo;

/// <summary>How far a demo activity gets, so the dashboard shows every state the campaign knows.</summary>
public enum ActivityFate
{
    /// <summary>Cleared, run, completed and its hours recorded.</summary>
    Recorded,

    /// <summary>Run and completed, but its hours never recorded: it shows as overdue.</summary>
    Unrecorded,

    /// <summary>Cancelled after submission.</summary>
    Cancelled,

    /// <summary>One confirmed participant is left off the insured list: blocked as UNINSURED.</summary>
    Uninsured,

    /// <summary>A volunteer without safety training confirms: blocked as NO_SAFETY_TRAINING.</summary>
    Untrained,
}
