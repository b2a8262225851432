namespace Volunteer.ServiceDefaults.Grpc;

/// <summary>
/// Named limits per client, configured under "RateLimits:&lt;name&gt;" (PermitLimit, Window):
/// put one on an RPC with [EnableRateLimiting(RateLimitPolicies.X)].
/// </summary>
public static class RateLimitPolicies
{
    /// <summary>Endpoints anyone may call without a token (certificate verification), per client address.</summary>
    public const string Anonymous = "anonymous";

    /// <summary>Calls that cost the server a lot (digests, exports, imports, rebuilds), per caller.</summary>
    public const string Expensive = "expensive";

    /// <summary>
    /// Sign-in and token requests, per client address: a union office signs in from one address, and
    /// guessing is stopped by lockout and the length of client secrets, so this only stops a flood.
    /// </summary>
    public const string SignIn = "sign-in";

    /// <summary>Health probes, per client address: generous enough for orchestrators, not for a flood.</summary>
    public const string Probes = "probes";
}
