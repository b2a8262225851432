namespace Volunteer.Reporting.Commendation;

/// <summary>Where a nomination stands: nominated, then withdrawn, or approved (then published) or rejected.</summary>
public static class NominationStatuses
{
    public const string Nominated = "nominated";
    public const string Withdrawn = "withdrawn";
    public const string Approved = "approved";
    public const string Rejected = "rejected";
    public const string Published = "published";
}
