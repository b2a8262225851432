namespace Volunteer.Identity.Tests.Support;

/// <summary>The identity service as it runs outside Development.</summary>
public sealed class ProductionIdentityHost() : IdentityHost("Production");
