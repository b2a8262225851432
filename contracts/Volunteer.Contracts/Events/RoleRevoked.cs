namespace Volunteer.Contracts.Events;

/// <summary>A grant announced by <see cref="RoleGranted"/> was revoked; its holder no longer acts in that role.</summary>
public sealed record RoleRevoked(Guid GrantId, DateTimeOffset RevokedAt);
