namespace Volunteer.ServiceDefaults.Access;

/// <summary>Full proto names of the things requests refer to; also the ResourceInfo type of NOT_FOUND.</summary>
public static class ResourceTypes
{
    public const string Union = "volunteer.roster.v1.Union";
    public const string Team = "volunteer.roster.v1.Team";
    public const string StaffVolunteer = "volunteer.roster.v1.StaffVolunteer";

    /// <summary>
    /// A volunteer named as a team's new member: besides the volunteer's admins, the captains of the teams
    /// their union may join reach them, so a captain can add people of the team's union who are on no team yet.
    /// </summary>
    public const string TeamMember = "volunteer.roster.v1.TeamMember";
    public const string Site = "volunteer.activity.v1.Site";
    public const string Need = "volunteer.activity.v1.Need";
    public const string Activity = "volunteer.activity.v1.Activity";
    public const string Policy = "volunteer.safety.v1.Policy";
    public const string SafetyPlan = "volunteer.safety.v1.SafetyPlan";
    public const string Incident = "volunteer.safety.v1.Incident";
    public const string Digest = "volunteer.reporting.v1.Digest";
    public const string Certificate = "volunteer.reporting.v1.Certificate";
    public const string RecordCorrection = "volunteer.reporting.v1.RecordCorrection";
    public const string TypicalCase = "volunteer.reporting.v1.TypicalCase";
    public const string Nomination = "volunteer.reporting.v1.Nomination";
}
