namespace Volunteer.Activity.Activities;

public sealed record DonationItem(string Item, decimal Quantity, string Unit, decimal Value, string ReceivedBy);
