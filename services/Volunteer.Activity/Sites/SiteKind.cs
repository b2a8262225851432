namespace Volunteer.Activity.Sites;

/// <summary>Numbered as in the proto's SiteKind.</summary>
public enum SiteKind
{
    Village = 1,
    School = 2,
    Clinic = 3,
    County = 4,
}
