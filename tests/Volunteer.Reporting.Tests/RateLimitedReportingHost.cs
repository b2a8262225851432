using Microsoft.AspNetCore.Hosting;

namespace Volunteer.Reporting.Tests;

/// <summary>The reporting service with tiny rate limits, so a short burst goes beyond them.</summary>
public sealed class RateLimitedReportingHost : ReportingServiceHost
{
    public const int PermitLimit = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimits:anonymous:PermitLimit", PermitLimit.ToString());
        builder.UseSetting("RateLimits:expensive:PermitLimit", PermitLimit.ToString());
        builder.UseSetting("RateLimits:anonymous:Window", "00:10:00");
        builder.UseSetting("RateLimits:expensive:Window", "00:10:00");
    }
}
