namespace Volunteer.Reporting.Commendation;

/// <summary>
/// A union's nomination of a team (先进集体) or volunteer (先进个人) for a campaign year, with the candidate
/// figures as they stood when nominated, so the province decides on what the union saw.
/// </summary>
public sealed class NominationRow
{
    public Guid Id { get; set; }

    public int CampaignYear { get; set; }

    public bool Team { get; set; }

    public Guid SubjectId { get; set; }

    /// <summary>Team name, or the volunteer's name masked as candidate lists show it.</summary>
    public required string SubjectName { get; set; }

    /// <summary>The team's or volunteer's union: whose admins reach the nomination.</summary>
    public Guid UnionId { get; set; }

    /// <summary>Place on the candidate list when nominated; 0 when not on it (then Reason is required).</summary>
    public int Rank { get; set; }

    public decimal Hours { get; set; }

    public int Activities { get; set; }

    public int Beneficiaries { get; set; }

    public double OnTimeShare { get; set; }

    public int OpenSeriousIncidents { get; set; }

    public string Reason { get; set; } = "";

    /// <summary>One of <see cref="NominationStatuses"/>.</summary>
    public required string Status { get; set; }

    public string DecisionReason { get; set; } = "";

    public required string NominatedBy { get; set; }

    public DateTimeOffset NominatedAt { get; set; }

    public string? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public Guid? PublicationId { get; set; }

    public int PublicationVersion { get; set; }

    public required string RequestId { get; set; }

    /// <summary>PostgreSQL xmin: of a withdrawal and a decision made at once, only one is kept.</summary>
    public uint Version { get; set; }
}
