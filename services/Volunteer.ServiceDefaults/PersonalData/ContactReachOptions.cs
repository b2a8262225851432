using System.ComponentModel.DataAnnotations;

namespace Volunteer.ServiceDefaults.PersonalData;

/// <summary>
/// How long around an activity its people may be reached by phone: from LeadDays before its first day
/// (travel, last arrangements) to GraceDays after its last (the way home, an accident noticed late).
/// One section for every service that reveals phones, so the window cannot differ between them.
/// </summary>
public sealed class ContactReachOptions
{
    public const string SectionName = "ContactReach";

    [Range(0, 30)]
    public int LeadDays { get; set; } = 1;

    [Range(0, 30)]
    public int GraceDays { get; set; } = 2;
}
