using System.Globalization;
using System.Xml.Linq;

namespace Volunteer.Reporting.Digests;

/// <summary>A horizontal bar chart as inline SVG, so the HTML page needs nothing from outside.</summary>
public static class SvgBarChart
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private const int LabelWidth = 220, BarWidth = 360, RowHeight = 26, Top = 30;

    /// <param name="bars">Label, value and the value a full bar stands for (0: the largest value).</param>
    public static XElement Render(string title, IReadOnlyList<(string Label, decimal Value, decimal Full)> bars)
    {
        var largest = bars.Count == 0 ? 0 : bars.Max(b => b.Value);
        var height = Top + Math.Max(bars.Count, 1) * RowHeight + 10;
        var chart = new XElement(Svg + "svg",
            new XAttribute("width", LabelWidth + BarWidth + 80), new XAttribute("height", height),
            new XAttribute("role", "img"), new XAttribute("aria-label", title),
            new XElement(Svg + "title", title),
            new XElement(Svg + "text", new XAttribute("x", 0), new XAttribute("y", 18), new XAttribute("font-weight", "bold"), title));
        foreach (var (bar, index) in bars.Select((b, i) => (b, i)))
        {
            var full = bar.Full > 0 ? bar.Full : largest;
            var width = full <= 0 ? 0 : (int)Math.Round(Math.Min(bar.Value / full, 1m) * BarWidth);
            var y = Top + index * RowHeight;
            chart.Add(
                new XElement(Svg + "text", new XAttribute("x", 0), new XAttribute("y", y + 15), bar.Label),
                new XElement(Svg + "rect", new XAttribute("x", LabelWidth), new XAttribute("y", y), new XAttribute("width", width),
                    new XAttribute("height", RowHeight - 8), new XAttribute("fill", "#c0392b")),
                new XElement(Svg + "text", new XAttribute("x", LabelWidth + width + 6), new XAttribute("y", y + 15),
                    bar.Value.ToString("0.##", CultureInfo.InvariantCulture) + (bar.Full > 0 ? $" / {bar.Full.ToString("0.##", CultureInfo.InvariantCulture)}" : "")));
        }

        return chart;
    }
}
