using Microsoft.Extensions.Options;
using Volunteer.ServiceDefaults.Time;

namespace Volunteer.Reporting.Digests;

/// <summary>
/// Writes a new digest's JSON, Markdown and HTML (Chinese) to Reporting:Digests:OutputFolder, when one is
/// set; later versions get a "-v2"… suffix, so earlier versions' files stay.
/// </summary>
public sealed class DigestFiles(IOptions<DigestOptions> options, TimeProvider timeProvider, ILogger<DigestFiles> logger)
{
    public async Task WriteAsync(DigestRow digest, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(options.Value.OutputFolder))
        {
            return;
        }

        Directory.CreateDirectory(options.Value.OutputFolder);
        var version = digest.Version > 1 ? $"-v{digest.Version}" : "";
        var stem = Path.Combine(options.Value.OutputFolder,
            $"{digest.Kind}-{digest.ScopeKey}-{digest.PeriodStart:yyyy-MM-dd}{version}");
        var today = CampaignClock.Today(timeProvider);
        foreach (var (format, extension) in new[] { (DigestFormat.Json, "json"), (DigestFormat.Markdown, "md"), (DigestFormat.Html, "html") })
        {
            var text = DigestRenderer.Render(digest.Content, format, DigestLanguage.Chinese, today).Text;
            await File.WriteAllTextAsync($"{stem}.{extension}", text, ct);
        }

        logger.LogInformation("Digest {Kind} {Scope} {PeriodStart} version {Version} written to {Folder}",
            digest.Kind, digest.ScopeKey, digest.PeriodStart, digest.Version, options.Value.OutputFolder);
    }
}
