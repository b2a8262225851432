namespace Volunteer.Contracts.Auth;

/// <summary>The roles a person can be granted; a token carries every grant its holder has.</summary>
public static class PlatformRoles
{
    public const string ProvincialAdmin = "provincial-admin";
    public const string UnionAdmin = "union-admin";
    public const string TeamCaptain = "team-captain";
    public const string SafetyOfficer = "safety-officer";
    public const string Volunteer = "volunteer";
    public const string ReportViewer = "report-viewer";

    /// <summary>
    /// A platform service acting for people who cannot act yet: the identity service registering a
    /// volunteer who signed up. Granted only to service clients, never to a person.
    /// </summary>
    public const string Registrar = "registrar";

    public static IReadOnlyList<string> All { get; } =
        [ProvincialAdmin, UnionAdmin, TeamCaptain, SafetyOfficer, Volunteer, ReportViewer, Registrar];

    /// <summary>Roles people hold, strongest first: the order a caller's grants are tried in.</summary>
    public static IReadOnlyList<string> ByStrength { get; } =
        [ProvincialAdmin, UnionAdmin, SafetyOfficer, ReportViewer, TeamCaptain, Volunteer, Registrar];

    /// <summary>0 for the strongest role; a role outside the closed set ranks last.</summary>
    public static int Rank(string role) => ByStrength.Contains(role) ? ByStrength.ToList().IndexOf(role) : ByStrength.Count;

    /// <summary>Whether a person holding <paramref name="held"/> may hand out <paramref name="granted"/>.</summary>
    public static bool MayGrant(string held, string granted) => held switch
    {
        ProvincialAdmin => granted != Registrar && All.Contains(granted),
        UnionAdmin => granted is UnionAdmin or SafetyOfficer or ReportViewer or TeamCaptain or Volunteer,
        _ => false,
    };

    /// <summary>Whether a grant of this role must name the union it acts for (a volunteer's may).</summary>
    public static bool NeedsUnion(string role) => role is UnionAdmin or SafetyOfficer or ReportViewer or TeamCaptain;

    /// <summary>Whether a grant of this role reaches every union, and so names none.</summary>
    public static bool IsProvinceWide(string role) => role is ProvincialAdmin or Registrar;
}
