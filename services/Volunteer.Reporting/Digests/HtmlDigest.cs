using System.Xml.Linq;

namespace Volunteer.Reporting.Digests;

/// <summary>
/// The digest as one self-contained page (XHTML syntax, inline style and SVG charts), built as an
/// XML tree so it is always well-formed and user text is always escaped.
/// </summary>
public static class HtmlDigest
{
    private static readonly XNamespace Html = "http://www.w3.org/1999/xhtml";
    private const string Style = "body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}"
        + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}td.n{text-align:right}";

    public static string Render(DigestView view)
    {
        var figures = view.Content.Figures;
        var page = new XElement(Html + "html", new XAttribute("lang", view.Language == DigestLanguage.English ? "en" : "zh-Hans"),
            new XElement(Html + "head",
                new XElement(Html + "meta", new XAttribute("charset", "utf-8")),
                new XElement(Html + "title", view.Title),
                new XElement(Html + "style", Style)),
            new XElement(Html + "body",
                new XElement(Html + "h1", view.Title),
                new XElement(Html + "p", view.Period),
                new XElement(Html + "p", view.Standing),
                new XElement(Html + "h2", view.Word("figures")),
                FigureTable(view),
                SvgBarChart.Render(view.Word("progress"),
                [
                    (view.Word("teams"), figures.ActiveTeams, figures.TeamTarget),
                    (view.Word("people"), figures.VettedPeople, figures.PeopleTarget),
                ]),
                SvgBarChart.Render(view.Word("by-form"), [.. figures.ByForm.Select(f => (view.Word(f.Key), (decimal)f.Count, 0m))]),
                SvgBarChart.Render(view.Word("hours-by-union"), [.. figures.HoursByUnion.Select(h => (h.Key, h.Value, 0m))]),
                view.Sections.SelectMany(s => new XElement[]
                {
                    new(Html + "h2", s.Title),
                    new(Html + "ul", s.Lines.Select(line => new XElement(Html + "li", line))),
                })));
        return "<!DOCTYPE html>\n" + page.ToString(SaveOptions.DisableFormatting);
    }

    private static XElement FigureTable(DigestView view) =>
        new(Html + "table",
            new XElement(Html + "tr",
                new[] { "figure", "current", "previous", "change" }.Select(h => new XElement(Html + "th", view.Word(h)))),
            view.Figures.Select(row => new XElement(Html + "tr",
                new XElement(Html + "td", row.Label),
                new XElement(Html + "td", new XAttribute("class", "n"), row.CurrentText),
                new XElement(Html + "td", new XAttribute("class", "n"), row.PreviousText),
                new XElement(Html + "td", new XAttribute("class", "n"), row.ChangeText))));
}
