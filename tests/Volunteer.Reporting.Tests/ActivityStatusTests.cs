using Volunteer.Reporting.ReadModels;

namespace Volunteer.Reporting.Tests;

public sealed class ActivityStatusTests
{
    [Theory]
    [InlineData("planned", "submitted", "submitted")]
    [InlineData("recorded", "completed", "recorded")]
    [InlineData("completed", "in-progress", "completed")]
    [InlineData("cancelled", "recorded", "cancelled")]
    [InlineData("submitted", "cancelled", "cancelled")]
    public void A_late_event_never_moves_an_activity_back(string current, string arriving, string result) =>
        Assert.Equal(result, ActivityStatuses.Advance(current, arriving));
}
