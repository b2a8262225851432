namespace Volunteer.Safety.Incidents;

/// <summary>Chinese names of an incident's states for the texts a person reads (history, refusals).</summary>
internal static class IncidentLabels
{
    public static string Of(IncidentStatus status) => status switch
    {
        IncidentStatus.Reported => "已报告",
        IncidentStatus.Investigating => "调查中",
        _ => "已结案",
    };

    public static string Of(ClaimStatus status) => status switch
    {
        ClaimStatus.None => "未理赔",
        ClaimStatus.Filed => "已申请理赔",
        ClaimStatus.Accepted => "理赔已受理",
        ClaimStatus.Paid => "已赔付",
        _ => "理赔被拒",
    };
}
