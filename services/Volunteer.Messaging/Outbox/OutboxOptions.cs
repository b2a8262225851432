namespace Volunteer.Messaging.Outbox;

/// <summary>Relay settings, bound from "Messaging:Outbox".</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Messaging:Outbox";

    /// <summary>Rows published per transaction.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>
    /// Publishes in flight at once, awaiting their confirms together. Bounded because the broker
    /// client refuses, rather than queues, publishes beyond its confirm limit (128 per channel, shared
    /// with the process's other publishes).
    /// </summary>
    public int PublishWindow { get; set; } = 100;

    /// <summary>
    /// How often the relay looks for rows no notification announced (lost while its listener reconnected,
    /// or written by a process that stopped before notifying).
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long the relay lets further commits gather after a wake-up before it reads: under load, one
    /// batch then carries the rows of many commits instead of one each.
    /// </summary>
    public TimeSpan GatherDelay { get; set; } = TimeSpan.FromMilliseconds(10);

    /// <summary>How long one publish may wait for the broker's confirm before it counts as failed.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Longest pause between attempts while the broker is away (doubling from the poll interval).</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Failed publishes a row may cause itself before it is set aside as a dead letter; until then it
    /// holds back the rows written after it, which may depend on it.
    /// </summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>How long sent outbox rows and handled inbox rows are kept (for tracing and redelivery checks).</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);
}
