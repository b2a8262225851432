namespace Volunteer.Messaging.Benchmarks;

/// <summary>How many events the direct path's consumer has handled; shared by its concurrent deliveries.</summary>
internal sealed class ReceivedCount
{
    private int _value;

    public int Value => Volatile.Read(ref _value);

    public void Increment() => Interlocked.Increment(ref _value);
}
