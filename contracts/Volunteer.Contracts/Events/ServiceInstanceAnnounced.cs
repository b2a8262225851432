namespace Volunteer.Contracts.Events;

/// <summary>
/// A service instance is up: published when it starts taking calls and again at a fixed interval, so
/// a consumer that was not listening at the first announcement still learns of it, and a silent
/// instance can be told from a live one. Reporting keeps the latest announcement per instance.
/// </summary>
public sealed record ServiceInstanceAnnounced(
    string ServiceName,
    string InstanceId,
    string Version,
    DateTimeOffset StartedAt,
    DateTimeOffset AnnouncedAt);
