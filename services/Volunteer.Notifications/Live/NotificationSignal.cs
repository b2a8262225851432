namespace Volunteer.Notifications.Live;

/// <summary>Wakes every waiting stream of this process when some replica has committed new notifications.</summary>
public sealed class NotificationSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next announcement; take it before reading, so nothing falls in between.</summary>
    public Task NextAsync() => Volatile.Read(ref _next).Task;

    public void Stored() =>
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously))
            .TrySetResult();
}
