namespace Volunteer.Messaging.Outbox;

/// <summary>Pauses between attempts at something that keeps failing: doubling from the first up to a ceiling.</summary>
internal sealed class RetryBackoff(TimeSpan first, TimeSpan ceiling)
{
    private TimeSpan? _next;

    public void Reset() => _next = null;

    /// <summary>The pause before the next attempt; each call doubles the one after.</summary>
    public TimeSpan Next()
    {
        var pause = _next ?? first;
        _next = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, ceiling.Ticks));
        return pause;
    }
}
