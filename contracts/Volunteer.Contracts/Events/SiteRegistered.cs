namespace Volunteer.Contracts.Events;

/// <summary>An assistance site (帮扶对象) was registered by a union.</summary>
/// <param name="Kind">village, school, clinic or county.</param>
/// <param name="Mode">designated (省内定点帮扶) or paired (对口帮扶).</param>
public sealed record SiteRegistered(
    Guid SiteId, Guid UnionId, string Name, string Kind, string RegionCode, string Mode, DateTimeOffset RegisteredAt)
    : IProjectedEvent;
