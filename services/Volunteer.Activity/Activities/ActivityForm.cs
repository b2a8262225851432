namespace Volunteer.Activity.Activities;

/// <summary>Numbered as in the proto's ActivityForm.</summary>
public enum ActivityForm
{
    Teaching = 1,
    Medical = 2,
    Performance = 3,
    SkillsTraining = 4,
    ExperienceExchange = 5,
    Consulting = 6,
    Donation = 7,
    SchoolEnterprise = 8,
    InternetPlus = 9,
    Other = 10,
}
