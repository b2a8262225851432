namespace Volunteer.Identity.Accounts;

/// <summary>A validated CreateAccount request; no initial password means the service makes one.</summary>
public sealed record NewAccount(
    string RequestId,
    string UserName,
    string DisplayName,
    Guid HomeUnionId,
    Guid? VolunteerId,
    string? InitialPassword);
