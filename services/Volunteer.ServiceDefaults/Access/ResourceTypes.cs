namespace Volunteer.ServiceDefaults.Access;

/// <summary>Full proto names of the things requests refer to; also the ResourceInfo type of NOT_FOUND.</summary>
public static class ResourceTypes
{
    public const string Union = "volunteer.roster.v1.Union";
    public const string Team = "volunteer.roster.v1.Team";
    public const string StaffVolunteer = "volunteer.roster.v1.StaffVolunteer";
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
