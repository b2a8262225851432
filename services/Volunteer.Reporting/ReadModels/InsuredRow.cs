namespace Volunteer.Reporting.ReadModels;

/// <summary>One person's cover on a policy from one day to another.</summary>
public sealed class InsuredRow
{
    public Guid PolicyId { get; set; }

    public Guid VolunteerId { get; set; }

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }

    public Guid? ActivityId { get; set; }
}
