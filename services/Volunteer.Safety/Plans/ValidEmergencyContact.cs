using Volunteer.ServiceDefaults.PersonalData;

namespace Volunteer.Safety.Plans;

/// <summary>An emergency contact whose fields passed every rule; the phone is still plain here.</summary>
public sealed record ValidEmergencyContact(string Name, string Role, PhoneNumber Phone);
