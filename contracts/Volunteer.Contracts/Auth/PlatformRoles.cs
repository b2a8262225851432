namespace Volunteer.Contracts.Auth;

/// <summary>The roles a caller can hold; each token carries exactly one.</summary>
public static class PlatformRoles
{
    public const string ProvincialAdmin = "provincial-admin";
    public const string UnionAdmin = "union-admin";
    public const string TeamCaptain = "team-captain";
    public const string SafetyOfficer = "safety-officer";
    public const string Volunteer = "volunteer";
    public const string ReportViewer = "report-viewer";

    public static IReadOnlyList<string> All { get; } =
        [ProvincialAdmin, UnionAdmin, TeamCaptain, SafetyOfficer, Volunteer, ReportViewer];
}
