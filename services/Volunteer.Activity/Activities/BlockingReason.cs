namespace Volunteer.Activity.Activities;

/// <summary>One reason safety gave for blocking.</summary>
public sealed class BlockingReason
{
    public required string Code { get; set; }

    public Guid? VolunteerId { get; set; }

    public required string Description { get; set; }
}
