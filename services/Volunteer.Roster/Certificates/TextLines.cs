using PdfSharp.Drawing;

namespace Volunteer.Roster.Certificates;

/// <summary>
/// Breaks text into lines that fit a width. Chinese has no spaces between words, so lines break between any
/// two characters (PDFsharp's own formatter breaks only at spaces).
/// </summary>
public static class TextLines
{
    public static IEnumerable<string> Fit(XGraphics graphics, string text, XFont font, double width)
    {
        var start = 0;
        for (var end = 1; end <= text.Length; end++)
        {
            if (end - start > 1 && graphics.MeasureString(text[start..end], font).Width > width)
            {
                yield return text[start..(end - 1)];
                start = end - 1;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }
}
