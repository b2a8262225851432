namespace Volunteer.Activity.Activities;

public sealed record SpendingItem(decimal Amount, string Category, FundingSource Source);
