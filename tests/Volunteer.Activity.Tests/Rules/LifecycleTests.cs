using Volunteer.Activity.Activities;

namespace Volunteer.Activity.Tests.Rules;

public sealed class LifecycleTests
{
    [Theory]
    [InlineData(ActivityStatus.Draft, ActivityStatus.Submitted)]
    [InlineData(ActivityStatus.Cleared, ActivityStatus.InProgress)]
    [InlineData(ActivityStatus.InProgress, ActivityStatus.Completed)]
    [InlineData(ActivityStatus.Completed, ActivityStatus.Recorded)]
    [InlineData(ActivityStatus.Draft, ActivityStatus.Cancelled)]
    [InlineData(ActivityStatus.Blocked, ActivityStatus.Cancelled)]
    public void The_lifecycle_moves_forward(ActivityStatus from, ActivityStatus to) => Assert.True(Lifecycle.CanMove(from, to));

    [Theory]
    [InlineData(ActivityStatus.Draft, ActivityStatus.InProgress)]
    [InlineData(ActivityStatus.Submitted, ActivityStatus.InProgress)]
    [InlineData(ActivityStatus.Blocked, ActivityStatus.InProgress)]
    [InlineData(ActivityStatus.InProgress, ActivityStatus.Cancelled)]
    [InlineData(ActivityStatus.Completed, ActivityStatus.Cancelled)]
    [InlineData(ActivityStatus.InProgress, ActivityStatus.Recorded)]
    [InlineData(ActivityStatus.Recorded, ActivityStatus.Completed)]
    [InlineData(ActivityStatus.Submitted, ActivityStatus.Submitted)]
    public void Steps_cannot_be_skipped_or_undone(ActivityStatus from, ActivityStatus to) => Assert.False(Lifecycle.CanMove(from, to));

    [Theory]
    [InlineData(ActivityStatus.Submitted, true, ActivityStatus.Cleared)]
    [InlineData(ActivityStatus.Submitted, false, ActivityStatus.Blocked)]
    [InlineData(ActivityStatus.Cleared, false, ActivityStatus.Blocked)]
    [InlineData(ActivityStatus.Blocked, true, ActivityStatus.Cleared)]
    [InlineData(ActivityStatus.Draft, true, ActivityStatus.Draft)]
    [InlineData(ActivityStatus.InProgress, false, ActivityStatus.InProgress)]
    [InlineData(ActivityStatus.Cancelled, true, ActivityStatus.Cancelled)]
    public void Safetys_verdict_moves_only_an_activity_waiting_for_it(ActivityStatus current, bool cleared, ActivityStatus expected) =>
        Assert.Equal(expected, Lifecycle.AfterVerdict(current, cleared));

    [Fact]
    public void Volunteers_answer_until_the_activity_starts()
    {
        Assert.True(Lifecycle.TakesAnswers(ActivityStatus.Blocked));
        Assert.False(Lifecycle.TakesAnswers(ActivityStatus.InProgress));
    }
}
