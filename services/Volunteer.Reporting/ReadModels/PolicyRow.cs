namespace Volunteer.Reporting.ReadModels;

/// <summary>An insurance policy, with the activities safety warned about when it neared its end.</summary>
public sealed class PolicyRow
{
    public Guid Id { get; set; }

    public Guid HolderUnionId { get; set; }

    public string Insurer { get; set; } = "";

    public DateOnly? CoversFrom { get; set; }

    public DateOnly? CoversTo { get; set; }

    public List<Guid> ExpiringActivityIds { get; set; } = [];
}
