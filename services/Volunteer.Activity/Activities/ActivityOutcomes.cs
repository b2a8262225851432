namespace Volunteer.Activity.Activities;

/// <summary>What an activity achieved, given at completion.</summary>
public sealed class ActivityOutcomes
{
    public List<BeneficiaryLine> Beneficiaries { get; set; } = [];

    public List<DonationItem> Donations { get; set; } = [];

    public List<SpendingItem> Spending { get; set; } = [];

    public required string Summary { get; set; }

    public string Evaluation { get; set; } = "";
}
