namespace Volunteer.Contracts.Events;

/// <summary>
/// A volunteer's profile was corrected. Carries what matching and reporting use; never phones.
/// </summary>
/// <param name="ChangedFields">Names as in the API's update mask, e.g. "skills", "licence".</param>
public sealed record VolunteerProfileChanged(
    Guid VolunteerId,
    Guid UnionId,
    IReadOnlyList<string> ChangedFields,
    string? Profession,
    IReadOnlyList<string> Skills,
    bool HasLicence,
    DateOnly? LicenceValidUntil,
    DateTimeOffset ChangedAt) : IProjectedEvent;
