using System.Text;

namespace Volunteer.Reporting.Digests;

/// <summary>The digest as Markdown: a figures table with change against the previous period, then the lists.</summary>
public static class MarkdownDigest
{
    public static string Render(DigestView view)
    {
        var md = new StringBuilder();
        md.AppendLine($"# {Escape(view.Title)}").AppendLine().AppendLine(view.Period).AppendLine();
        md.AppendLine(view.Standing).AppendLine();
        md.AppendLine($"## {view.Word("figures")}").AppendLine();
        md.AppendLine($"| {view.Word("figure")} | {view.Word("current")} | {view.Word("previous")} | {view.Word("change")} |");
        md.AppendLine("| --- | ---: | ---: | ---: |");
        foreach (var row in view.Figures)
        {
            md.AppendLine($"| {Escape(row.Label)} | {Escape(row.CurrentText)} | {row.PreviousText} | {row.ChangeText} |");
        }

        md.AppendLine().AppendLine($"## {view.Word("by-form")}").AppendLine();
        foreach (var form in view.Content.Figures.ByForm)
        {
            md.AppendLine($"- {Escape(view.Word(form.Key))}: {form.Count}");
        }

        foreach (var (title, lines) in view.Sections)
        {
            md.AppendLine().AppendLine($"## {Escape(title)}").AppendLine();
            foreach (var line in lines)
            {
                md.AppendLine($"- {Escape(line)}");
            }
        }

        return md.ToString();
    }

    /// <summary>Text from users (names, stories) must not turn into markup or break the table.</summary>
    private static string Escape(string text) =>
        text.Replace("\\", "\\\\").Replace("|", "\\|").Replace("*", "\\*").Replace("_", "\\_").Replace("<", "&lt;")
            .Replace("\r", " ").Replace("\n", " ");
}
