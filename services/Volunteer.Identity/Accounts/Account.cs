using Microsoft.AspNetCore.Identity;
using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Identity.Accounts;

/// <summary>
/// A person's sign-in account. The user name is a phone number or a staff number; passwords, lock-out
/// and the authenticator key are ASP.NET Core Identity's.
/// </summary>
public sealed class Account : IdentityUser<Guid>, ITimeOrdered
{
    public required string DisplayName { get; set; }

    public Guid HomeUnionId { get; set; }

    /// <summary>The roster volunteer this person is; tokens then name it as their subject.</summary>
    public Guid? VolunteerId { get; set; }

    /// <summary>An admin's lock, as opposed to a lock-out after failed sign-ins (both set LockoutEnd).</summary>
    public bool LockedByAdmin { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The create request's key, so a retried CreateAccount finds what the first one made.</summary>
    public string? RequestId { get; set; }

    /// <summary>Whether the service made the password, so a retried create may make a fresh one.</summary>
    public bool HasOneTimePassword { get; set; }

    public DateTimeOffset? LastSignInAt { get; set; }

    /// <summary>The subject of this person's tokens: their volunteer id when they are one.</summary>
    public string Subject => (VolunteerId ?? Id).ToString();
}
