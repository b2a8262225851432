using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using QRCoder;

namespace Volunteer.Roster.Certificates;

/// <summary>Sets a certificate on one A4 page: the statement, issuer and date, the number, code and QR code.</summary>
public static class CertificatePdf
{
    private const double Margin = 72, QrSide = 110, LineGap = 1.6;
    private static readonly TimeZoneInfo Beijing = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static byte[] Compose(PrintedCertificate printed)
    {
        var c = printed.Certificate;
        using var document = new PdfDocument();
        document.Info.Title = $"志愿服务证明 {c.Number}";
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            var width = page.Width.Point - 2 * Margin;
            var title = new XFont(CertificateFont.Family, 26, XFontStyleEx.Bold);
            graphics.DrawString("志愿服务证明", title, XBrushes.Black,
                new XRect(Margin, Margin, width, 40), XStringFormats.TopCenter);
            var body = new XFont(CertificateFont.Family, 13);
            var y = Margin + 80;
            foreach (var paragraph in Statement(printed))
            {
                foreach (var line in TextLines.Fit(graphics, paragraph, body, width))
                {
                    graphics.DrawString(line, body, XBrushes.Black, Margin, y);
                    y += body.Size * LineGap;
                }

                y += body.Size * 0.6;
            }

            var issued = TimeZoneInfo.ConvertTime(c.IssuedAt.ToDateTimeOffset(), Beijing);
            var right = new XRect(Margin, y + 20, width, 20);
            graphics.DrawString($"出具单位：{c.Issuer}", body, XBrushes.Black, right, XStringFormats.TopRight);
            right.Offset(0, body.Size * LineGap);
            graphics.DrawString($"出具日期：{issued:yyyy年M月d日}", body, XBrushes.Black, right, XStringFormats.TopRight);

            var small = new XFont(CertificateFont.Family, 10);
            var bottom = page.Height.Point - Margin;
            DrawQr(graphics, c.VerificationCode, Margin, bottom - QrSide);
            graphics.DrawString($"证明编号：{c.Number}", small, XBrushes.Black, Margin + QrSide + 16, bottom - 60);
            graphics.DrawString($"验证码：{c.VerificationCode}", small, XBrushes.Black, Margin + QrSide + 16, bottom - 42);
            graphics.DrawString("凭验证码或扫描二维码可核验本证明的真伪与是否撤销。", small, XBrushes.Black,
                Margin + QrSide + 16, bottom - 24);
        }

        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    private static IEnumerable<string> Statement(PrintedCertificate p)
    {
        var c = p.Certificate;
        var national = p.NationalNumber.Length > 0 ? p.NationalNumber : "未登记";
        var hours = c.TotalHours.ToString("0.##", CultureInfo.InvariantCulture);
        yield return $"兹证明 {p.FullName}（{p.IdType}：{p.MaskedIdNumber}；全国志愿者编号：{national}）于 " +
            $"{c.PeriodStart} 至 {c.PeriodEnd} 期间参加志愿服务活动 {c.Activities} 项，累计服务时长 {hours} 小时。";
        yield return $"服务内容：{c.Content}。";
        yield return "特此证明。";
    }

    // Drawn as filled squares rather than an image, so the code stays sharp at any print size.
    private static void DrawQr(XGraphics graphics, string text, double left, double top)
    {
        using var data = new QRCodeGenerator().CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var modules = data.ModuleMatrix;
        var side = QrSide / modules.Count;
        for (var row = 0; row < modules.Count; row++)
        {
            for (var column = 0; column < modules.Count; column++)
            {
                if (modules[row][column])
                {
                    graphics.DrawRectangle(XBrushes.Black, left + column * side, top + row * side, side, side);
                }
            }
        }
    }
}
