extern alias roster;
using Microsoft.AspNetCore.Hosting;
using Volunteer.Testing;

namespace Volunteer.Identity.Tests.Support;

/// <summary>
/// The real roster service beside identity: on its own database, publishing onto identity's virtual
/// host (so identity learns the union tree) and trusting identity's tokens through its discovery document.
/// </summary>
public sealed class RosterBeside(IdentityHost identity) : ServiceHost<roster::Program>("rosterdb")
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:messaging", identity.Messaging.ToString());
        builder.UseSetting("Authentication:Platform:Authority", identity.Issuer.ToString());
        builder.UseSetting("Authentication:Platform:RequireHttpsMetadata", "false");
    }
}
