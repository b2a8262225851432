namespace Volunteer.Reporting.ReadModels;

/// <summary>One spending line of a completed activity; source union or unit.</summary>
public sealed class SpendingRow
{
    public Guid ActivityId { get; set; }

    public int Line { get; set; }

    public decimal Amount { get; set; }

    public required string Category { get; set; }

    public required string Source { get; set; }
}
