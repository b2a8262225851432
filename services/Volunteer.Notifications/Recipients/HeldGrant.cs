namespace Volunteer.Notifications.Recipients;

/// <summary>A role someone holds, from identity's grant events: who a union's admins are.</summary>
public sealed class HeldGrant
{
    public Guid GrantId { get; set; }

    public required string Subject { get; set; }

    public required string Role { get; set; }

    public Guid? UnionId { get; set; }

    /// <summary>A revoke may overtake its grant; the row then stays revoked when the grant arrives.</summary>
    public bool Revoked { get; set; }
}
