using Microsoft.Extensions.Options;

namespace Volunteer.Reporting.Digests;

/// <summary>Writes a new digest's JSON, Markdown and HTML (Chinese) to Reporting:Digests:OutputFolder, when one is set.</summary>
public sealed class DigestFiles(IOptions<DigestOptions> options, ILogger<DigestFiles> logger)
{
    public async Task WriteAsync(DigestRow digest, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(options.Value.OutputFolder))
        {
            return;
        }

        Directory.CreateDirectory(options.Value.OutputFolder);
        var stem = Path.Combine(options.Value.OutputFolder, $"{digest.Kind}-{digest.ScopeKey}-{digest.PeriodStart:yyyy-MM-dd}");
        foreach (var (format, extension) in new[] { (DigestFormat.Json, "json"), (DigestFormat.Markdown, "md"), (DigestFormat.Html, "html") })
        {
            await File.WriteAllTextAsync($"{stem}.{extension}", DigestRenderer.Render(digest.Content, format, DigestLanguage.Chinese).Text, ct);
        }

        logger.LogInformation("Digest {Kind} {Scope} {PeriodStart} written to {Folder}", digest.Kind, digest.ScopeKey, digest.PeriodStart, options.Value.OutputFolder);
    }
}
