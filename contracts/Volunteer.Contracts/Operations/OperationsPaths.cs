namespace Volunteer.Contracts.Operations;

/// <summary>HTTP paths every platform service answers for ops tooling (the dashboard's commands).</summary>
public static class OperationsPaths
{
    /// <summary>POST, provincial admins only: puts the service's dead-lettered outbox events back in line.</summary>
    public const string RetryDeadLetters = "/admin/outbox/dead-letters/retry";
}
