namespace Volunteer.Reporting.ReadModels;

/// <summary>Final hours of one volunteer on one day of an activity (志愿服务记录, from ActivityRecorded).</summary>
public sealed class ServiceLine
{
    public Guid ActivityId { get; set; }

    public Guid VolunteerId { get; set; }

    public DateOnly Day { get; set; }

    public Guid UnionId { get; set; }

    public decimal Hours { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}
