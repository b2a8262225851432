namespace Volunteer.Messaging.TestApp;

/// <summary>How many times the consumer was handed a poison message (first attempt plus retries).</summary>
public sealed class PoisonAttempts
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Record() => Interlocked.Increment(ref _count);
}
