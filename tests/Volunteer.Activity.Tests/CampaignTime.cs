namespace Volunteer.Activity.Tests;

/// <summary>
/// The activity host's clock, moved to the evening of 2027-05-12 (China Standard Time) and running on
/// from there: the test activities of May 10–12, 2027 have taken place, later ones have not, and the
/// 2026 ones are past their recording deadline.
/// </summary>
public sealed class CampaignTime : TimeProvider
{
    public static readonly DateTimeOffset Start = new(2027, 5, 12, 22, 0, 0, TimeSpan.FromHours(8));

    private readonly TimeSpan _offset = Start - System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _offset;
}
