using Volunteer.Testing;

namespace Volunteer.Identity.Tests.Support;

/// <summary>
/// The identity service as every other service is tested: in-process, trusting the run's test issuer, so
/// the shared foundation tests can make any token they need, forged ones included.
/// </summary>
public sealed class IdentityServiceHost() : ServiceHost<Program>("identitydb");
