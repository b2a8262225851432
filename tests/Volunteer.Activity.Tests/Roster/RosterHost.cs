extern alias roster;
using Microsoft.AspNetCore.Hosting;
using Volunteer.Testing;

namespace Volunteer.Activity.Tests.Roster;

/// <summary>
/// The real roster service beside the activity host: on its own database, but on the activity host's
/// virtual host, so roster's events reach activity as in production (both trust the run's token issuer,
/// so the tokens activity forwards are valid at roster).
/// </summary>
public sealed class RosterHost(ActivityServiceHost activity) : ServiceHost<roster::Program>("rosterdb")
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:messaging", activity.Messaging.ToString());
    }
}
