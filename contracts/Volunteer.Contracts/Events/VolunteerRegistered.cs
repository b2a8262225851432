namespace Volunteer.Contracts.Events;

/// <summary>
/// A staff volunteer was registered (pending vetting). Carries what reporting and matching need;
/// never the ID number or phones.
/// </summary>
/// <param name="Gender">male or female.</param>
/// <param name="HonourKinds">model-worker and/or advanced-worker.</param>
public sealed record VolunteerRegistered(
    Guid VolunteerId,
    Guid UnionId,
    string Name,
    string Gender,
    string? Profession,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> HonourKinds,
    bool HasLicence,
    DateTimeOffset RegisteredAt) : IProjectedEvent;
