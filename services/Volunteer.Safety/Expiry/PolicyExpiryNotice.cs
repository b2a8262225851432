namespace Volunteer.Safety.Expiry;

/// <summary>
/// PolicyExpiring was published for this policy end and horizon. Written in the same transaction as
/// the event; its key stops a restart or a second replica from publishing it again.
/// </summary>
public sealed class PolicyExpiryNotice
{
    public Guid PolicyId { get; set; }

    public DateOnly CoversTo { get; set; }

    public int HorizonDays { get; set; }

    public DateTimeOffset NoticedAt { get; set; }
}
