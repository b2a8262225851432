namespace Volunteer.Activity.Activities;

/// <summary>An update request checked at the edge; the revised plan is made against the stored activity.</summary>
/// <param name="Etag">The version the caller read; null to skip the check.</param>
/// <param name="KeptParticipants">The participants that stay; null when the mask leaves them alone.</param>
/// <param name="Revise">
/// The stored activity's plan with the masked fields replaced, checked as planning checks it.
/// </param>
public sealed record ActivityEdit(
    Guid Id,
    string? Etag,
    IReadOnlyCollection<Guid>? KeptParticipants,
    Func<ServiceActivity, ValidPlan> Revise);
