namespace Volunteer.Contracts.Events;

/// <summary>
/// An account was granted a role (see PlatformRoles). Carries the token subject the grant's holder acts as,
/// so other services can address that person (e.g. notifications for a union's admins); no name, no phone.
/// </summary>
/// <param name="Subject">The holder's token subject: their volunteer id when they are one, else the account id.</param>
/// <param name="UnionId">The union the grant acts for; null for province-wide grants without one.</param>
/// <param name="TeamId">The team, for a captain's grant.</param>
public sealed record RoleGranted(
    Guid GrantId, string Subject, string Role, Guid? UnionId, Guid? TeamId, DateTimeOffset GrantedAt);
