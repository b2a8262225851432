using System.Diagnostics.Metrics;

namespace Volunteer.Messaging.Diagnostics;

/// <summary>
/// What ops staff watch about messaging: the outbox backlog and dead letters, what was published or failed,
/// duplicates and faults.
/// </summary>
public sealed class MessagingMetrics
{
    public const string MeterName = "Volunteer.Messaging";

    private readonly Counter<long> _published;
    private readonly Counter<long> _publishFailures;
    private readonly Counter<long> _deadLettered;
    private readonly Counter<long> _duplicatesSkipped;
    private readonly Counter<long> _faults;
    private long _pending;
    private double _oldestPendingAgeSeconds;
    private long _deadLetters;

    public MessagingMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _published = meter.CreateCounter<long>("volunteer.outbox.published", "{message}", "Outbox messages published and confirmed by the broker.");
        _publishFailures = meter.CreateCounter<long>("volunteer.outbox.publish_failures", "{attempt}", "Outbox publish attempts that failed.");
        _deadLettered = meter.CreateCounter<long>("volunteer.outbox.dead_lettered", "{message}",
            "Outbox messages set aside as unpublishable after their attempts.");
        _duplicatesSkipped = meter.CreateCounter<long>("volunteer.inbox.duplicates_skipped", "{message}", "Deliveries skipped because the consumer had handled the message already.");
        _faults = meter.CreateCounter<long>("volunteer.consume.faults", "{message}", "Messages moved to the error queue after their retries.");
        meter.CreateObservableGauge("volunteer.outbox.pending", () => Volatile.Read(ref _pending), "{message}", "Outbox messages not yet published.");
        meter.CreateObservableGauge("volunteer.outbox.oldest_pending_age", () => Volatile.Read(ref _oldestPendingAgeSeconds), "s", "Age of the oldest unpublished outbox message.");
        meter.CreateObservableGauge("volunteer.outbox.dead_letters", () => Volatile.Read(ref _deadLetters), "{message}",
            "Outbox messages set aside as unpublishable, waiting for a retry.");
    }

    public void Published(string messageType) => _published.Add(1, new KeyValuePair<string, object?>("message.type", messageType));

    public void PublishFailed() => _publishFailures.Add(1);

    public void DeadLettered(string messageType) =>
        _deadLettered.Add(1, new KeyValuePair<string, object?>("message.type", messageType));

    public void DuplicateSkipped(string consumer, int count = 1) =>
        _duplicatesSkipped.Add(count, new KeyValuePair<string, object?>("consumer", consumer));

    public void Faulted(string messageType) => _faults.Add(1, new KeyValuePair<string, object?>("message.type", messageType));

    public void Backlog(long pending, TimeSpan oldestAge, long deadLetters)
    {
        Volatile.Write(ref _deadLetters, deadLetters);
        Volatile.Write(ref _pending, pending);
        Volatile.Write(ref _oldestPendingAgeSeconds, oldestAge.TotalSeconds);
    }
}
