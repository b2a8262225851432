namespace Volunteer.Contracts.Events;

/// <param name="ReceivedBy">Who signed for the goods at the site; empty until receipt.</param>
public sealed record DonationLine(string Item, decimal Quantity, string Unit, decimal Value, string ReceivedBy);
