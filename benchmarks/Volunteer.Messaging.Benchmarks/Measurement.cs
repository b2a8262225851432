namespace Volunteer.Messaging.Benchmarks;

/// <summary>
/// One path's run, each time taken from the first write. The intermediate times tell which stage limits
/// a path; <see cref="Delivered"/> is the figure that counts.
/// </summary>
/// <param name="Written">Every write committed (outbox) or every publish confirmed (direct).</param>
/// <param name="Published">Every event confirmed by the broker: the relay has drained the outbox (direct: as Written).</param>
/// <param name="Delivered">Every event handled by the consumer.</param>
/// <param name="Cpu">Processor time this process spent meanwhile (writers, relay, consumer: every stage).</param>
internal sealed record Measurement(int Events, TimeSpan Written, TimeSpan Published, TimeSpan Delivered, TimeSpan Cpu)
{
    public double EventsPerSecond => Events / Delivered.TotalSeconds;

    /// <summary>Processor microseconds per event: on a machine shared with other work, what the path costs.</summary>
    public double CpuMicrosecondsPerEvent => Cpu.TotalMicroseconds / Events;
}
