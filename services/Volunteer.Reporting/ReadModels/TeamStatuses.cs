namespace Volunteer.Reporting.ReadModels;

public static class TeamStatuses
{
    public const string Forming = "forming";
    public const string Active = "active";
    public const string Disbanded = "disbanded";
}
