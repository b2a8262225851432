namespace Volunteer.Activity.Activities;

/// <param name="Kind">Numbered as the proto's BeneficiaryKind.</param>
public sealed record BeneficiaryLine(int Kind, int Count);
