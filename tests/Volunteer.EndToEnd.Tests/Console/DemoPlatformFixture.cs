using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;

namespace Volunteer.EndToEnd.Tests.Console;

/// <summary>
/// The whole platform with the demo campaign, as `./volunteer.sh up` shows it to a union office: ready once
/// the seeder has finished and the web console answers.
/// </summary>
public sealed class DemoPlatformFixture : PlatformFixture
{
    private static readonly TimeSpan SeedingLimit = TimeSpan.FromMinutes(20);

    protected override bool SeedsDemo => true;

    // Six services, the console and the broker start together; on a loaded two-core machine that has taken
    // longer than the plain platform's four minutes.
    protected override TimeSpan StartupLimit => TimeSpan.FromMinutes(10);

    /// <summary>The console's address as a browser opens it.</summary>
    public Uri Console => App.GetEndpoint("console", "http");

    protected override async Task OnStartedAsync()
    {
        using var seeding = new CancellationTokenSource(SeedingLimit);
        var seeder = await App.ResourceNotifications.WaitForResourceAsync(
            "seeder", KnownResourceStates.TerminalStates, seeding.Token);
        if (seeder != KnownResourceStates.Finished)
        {
            throw new InvalidOperationException($"The demo seeder ended {seeder}, not finished.");
        }

        await App.ResourceNotifications.WaitForResourceHealthyAsync("console", seeding.Token);
    }
}
