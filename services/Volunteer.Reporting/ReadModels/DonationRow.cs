namespace Volunteer.Reporting.ReadModels;

/// <summary>One donated item line of a completed activity.</summary>
public sealed class DonationRow
{
    public Guid ActivityId { get; set; }

    public int Line { get; set; }

    public required string Item { get; set; }

    public decimal Quantity { get; set; }

    public required string Unit { get; set; }

    public decimal Value { get; set; }

    public required string ReceivedBy { get; set; }
}
