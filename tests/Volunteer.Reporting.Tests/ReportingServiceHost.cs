using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Volunteer.Reporting.Data;
using Volunteer.Testing;

namespace Volunteer.Reporting.Tests;

/// <summary>
/// The reporting service on a fake clock (Monday 15 June 2026, 10:00 in Shanghai) so figures that
/// depend on today and digest periods are exact; the digest schedule is driven by the tests unless a
/// subclass lets the service run it.
/// </summary>
public class ReportingServiceHost() : ServiceHost<Program>("reportingdb")
{
    public static readonly DateTimeOffset Start = new(2026, 6, 15, 2, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Start);

    protected virtual bool RunsSchedule => false;

    /// <summary>Returns once the projections have logged every one of the messages.</summary>
    public async Task WaitUntilProjectedAsync(IReadOnlyCollection<Guid> messageIds)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var projected = await Eventually.GetAsync(
            () => db.ProjectedEvents.CountAsync(e => messageIds.Contains(e.MessageId!.Value)),
            count => count == messageIds.Count, TimeSpan.FromSeconds(60));
        Assert.Equal(messageIds.Count, projected);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Reporting:Digests:Enabled", RunsSchedule.ToString());
        builder.UseSetting("Reporting:Digests:CatchUpFrom", "2026-06-01");
        builder.UseSetting("Reporting:Digests:StartDelay", "00:00:00");
        builder.UseSetting("Reporting:Watch:PollInterval", "00:00:00.200");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
