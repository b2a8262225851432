namespace Volunteer.Identity.Accounts;

/// <summary>An account with the grants it holds now.</summary>
public sealed record AccountView(Account Account, IReadOnlyList<AccountGrant> Grants);
