namespace Volunteer.Safety.Plans;

/// <summary>
/// Who to call on in an emergency. The phone is a person's: it is kept encrypted, and beside it the masked
/// form every plan reader sees, so that reading a plan never needs the key. Plans saved before contacts
/// had phones have neither.
/// </summary>
public sealed class EmergencyContact
{
    public required string Name { get; set; }

    public required string Role { get; set; }

    /// <summary>The canonical number encrypted by the personal data protector.</summary>
    public byte[]? ProtectedPhone { get; set; }

    public string? MaskedPhone { get; set; }
}
