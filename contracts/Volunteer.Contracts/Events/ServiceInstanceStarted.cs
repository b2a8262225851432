namespace Volunteer.Contracts.Events;

/// <summary>
/// A service instance finished starting and is ready to serve. Reporting keeps the latest
/// announcement per instance so ops staff can see which builds run without opening each service.
/// </summary>
public sealed record ServiceInstanceStarted(
    string ServiceName,
    string InstanceId,
    string Version,
    DateTimeOffset StartedAt);
