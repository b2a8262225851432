namespace Volunteer.Roster.Volunteers;

/// <summary>Refusal texts that both single registration and bulk import give.</summary>
internal static class VolunteerTexts
{
    public const string AlreadyRegistered = "该身份证号码的志愿者已登记。";
}
