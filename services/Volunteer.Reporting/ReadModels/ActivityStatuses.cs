namespace Volunteer.Reporting.ReadModels;

/// <summary>
/// Activity statuses in lifecycle order. A late event never moves an activity back: the status only
/// advances to a higher rank, and cancelled is final.
/// </summary>
public static class ActivityStatuses
{
    public const string Planned = "planned";
    public const string Submitted = "submitted";

    /// <summary>Not a stored status: a submitted activity safety has cleared, as figures count it.</summary>
    public const string Cleared = "cleared";

    /// <summary>Not a stored status: a submitted activity safety has blocked, as figures count it.</summary>
    public const string Blocked = "blocked";
    public const string InProgress = "in-progress";
    public const string Completed = "completed";
    public const string Recorded = "recorded";
    public const string Cancelled = "cancelled";

    private static readonly string[] InOrder = [Planned, Submitted, InProgress, Completed, Recorded, Cancelled];

    public static string Advance(string current, string next) =>
        Rank(next) > Rank(current) ? next : current;

    private static int Rank(string status) => Array.IndexOf(InOrder, status);
}
