namespace Volunteer.Reporting.Digests;

public static class DigestKinds
{
    public const string Weekly = "weekly";
    public const string Monthly = "monthly";
    public const string CampaignSummary = "campaign-summary";

    public static readonly IReadOnlyList<string> All = [Weekly, Monthly, CampaignSummary];
}
