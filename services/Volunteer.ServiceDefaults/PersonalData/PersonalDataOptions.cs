namespace Volunteer.ServiceDefaults.PersonalData;

/// <summary>
/// Keys for personal data, bound from the "PersonalData" configuration section. Each is the base64
/// of 32 random bytes (for example from <c>openssl rand -base64 32</c>) and belongs in a secret store,
/// not in appsettings.json. Two keys, so that a leaked lookup key exposes hashes but not plaintext.
/// </summary>
public sealed class PersonalDataOptions
{
    public const string SectionName = "PersonalData";
    public const int KeyLength = 32;

    public string? EncryptionKey { get; set; }

    public string? LookupKey { get; set; }
}
