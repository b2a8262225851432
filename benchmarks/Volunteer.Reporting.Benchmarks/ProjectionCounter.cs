namespace Volunteer.Reporting.Benchmarks;

/// <summary>How many messages the direct consumer has taken so far.</summary>
internal sealed class ProjectionCounter
{
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public void Add() => Interlocked.Increment(ref _count);
}
