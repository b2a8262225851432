using PdfSharp.Fonts;

namespace Volunteer.Roster.Certificates;

/// <summary>
/// The one typeface certificates are set in: WenQuanYi Micro Hei (Debian's fonts-wqy-microhei), which holds
/// Chinese and Latin glyphs alike, read from its file because PDFsharp finds no system fonts on Linux. PDFsharp
/// cannot read TrueType collections (.ttc), the form most CJK fonts come in, so its first face is taken out.
/// PDFsharp embeds the subset a certificate uses.
/// </summary>
public sealed class CertificateFont(string fontFile) : IFontResolver
{
    public const string Family = "Certificate CJK";
    public const string FileKey = "Roster:Certificates:FontFile";
    public const string DefaultFile = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

    private readonly Lazy<byte[]> _bytes = new(() => File.Exists(fontFile)
        ? TrueTypeCollection.FirstFace(File.ReadAllBytes(fontFile))
        : throw new InvalidOperationException(
            $"The certificate font {fontFile} is missing: install fonts-wqy-microhei or set {FileKey}."));

    // Every family and style maps to the one face: a certificate asks only for this family.
    public FontResolverInfo ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new(Family, mustSimulateBold: isBold, mustSimulateItalic: isItalic);

    public byte[] GetFont(string faceName) => _bytes.Value;

    /// <summary>PDFsharp holds one resolver per process: the first roster host to start installs it.</summary>
    public static void Install(string? fontFile) =>
        GlobalFontSettings.FontResolver ??= new CertificateFont(fontFile ?? DefaultFile);
}
