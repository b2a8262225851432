namespace Volunteer.Safety.Plans;

/// <summary>Who to call on in an emergency; no phone number is kept here.</summary>
public sealed class EmergencyContact
{
    public required string Name { get; set; }

    public required string Role { get; set; }
}
