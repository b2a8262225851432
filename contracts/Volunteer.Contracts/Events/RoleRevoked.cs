namespace Volunteer.Contracts.Events;

/// <summary>A grant announced by <see cref="RoleGranted"/> was revoked: its holder no longer holds that role.</summary>
public sealed record RoleRevoked(Guid GrantId, DateTimeOffset RevokedAt);
