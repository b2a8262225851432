namespace Volunteer.Reporting.ReadModels;

/// <summary>One participant's day at an activity, at its highest revision; hours count once counted or approved.</summary>
public sealed class AttendanceRow
{
    public Guid Id { get; set; }

    public Guid ActivityId { get; set; }

    public Guid VolunteerId { get; set; }

    public Guid UnionId { get; set; }

    public DateOnly Day { get; set; }

    public decimal Hours { get; set; }

    /// <summary>counted, awaiting-organiser or awaiting-province.</summary>
    public string HoursStatus { get; set; } = "";

    /// <summary>0 for a row made by HoursApproved before the attendance itself arrived.</summary>
    public int Revision { get; set; }

    public bool Approved { get; set; }

    public bool Counts => HoursStatus == "counted" || Approved;
}
