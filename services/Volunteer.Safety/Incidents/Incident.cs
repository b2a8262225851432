using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Safety.Incidents;

/// <summary>An accident or injury during an activity, with its reporting deadlines and claim.</summary>
public sealed class Incident : ITimeOrdered
{
    public Guid Id { get; set; }

    public Guid ActivityId { get; set; }

    public Guid UnionId { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public required string Place { get; set; }

    public IncidentSeverity Severity { get; set; }

    public List<Guid> InvolvedVolunteerIds { get; set; } = [];

    /// <summary>Involved people without cover on the day it happened, found when it was reported.</summary>
    public List<Guid> UninsuredVolunteerIds { get; set; } = [];

    public required string Description { get; set; }

    public string FirstResponse { get; set; } = "";

    public DateTimeOffset? InsurerNotifiedAt { get; set; }

    public DateTimeOffset? ProvinceReportedAt { get; set; }

    public ClaimStatus ClaimStatus { get; set; } = ClaimStatus.None;

    public IncidentStatus Status { get; set; } = IncidentStatus.Reported;

    public DateTimeOffset InsurerDeadline { get; set; }

    /// <summary>Only for serious and critical incidents.</summary>
    public DateTimeOffset? ProvinceDeadline { get; set; }

    public required string ReportedBy { get; set; }

    public DateTimeOffset ReportedAt { get; set; }

    public string? RequestId { get; set; }

    public List<IncidentChange> History { get; set; } = [];
}
