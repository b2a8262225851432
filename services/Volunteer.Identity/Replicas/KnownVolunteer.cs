namespace Volunteer.Identity.Replicas;

/// <summary>
/// A staff volunteer as roster registered them: enough to know which union may link an account to them.
/// </summary>
public sealed class KnownVolunteer
{
    public Guid Id { get; set; }

    public Guid UnionId { get; set; }
}
