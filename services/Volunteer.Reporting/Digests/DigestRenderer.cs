using System.Text.Json;
using Volunteer.Reporting.Projections;

namespace Volunteer.Reporting.Digests;

public enum DigestFormat
{
    Json,
    Markdown,
    Html,
}

/// <summary>Renders stored digest content in a format and language; JSON is the content itself (language-neutral keys).</summary>
public static class DigestRenderer
{
    /// <param name="today">Tells whether the digest is still provisional when it is read.</param>
    public static (string Text, string MediaType) Render(
        string contentJson, DigestFormat format, DigestLanguage language, DateOnly today)
    {
        if (format == DigestFormat.Json)
        {
            return (contentJson, "application/json");
        }

        var view = DigestView.Of(Parse(contentJson), language, today);
        return format == DigestFormat.Markdown
            ? (MarkdownDigest.Render(view), "text/markdown")
            : (HtmlDigest.Render(view), "text/html");
    }

    public static DigestContent Parse(string contentJson) =>
        JsonSerializer.Deserialize<DigestContent>(contentJson, ProjectionLog.Json) ?? throw new InvalidOperationException("Empty digest content.");
}
