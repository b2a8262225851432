using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Volunteer.Reporting.Records;

/// <summary>
/// Certificate numbers and verification codes: the code is the number plus check characters, an HMAC
/// over what the certificate states, so a code with any character changed does not verify.
/// </summary>
public sealed class CertificateCodes(IOptions<CertificateOptions> options)
{
    // Crockford-style: no I, L, O, U, so codes read aloud or typed by hand stay unambiguous.
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int NumberLength = 8, CheckLength = 8;

    public static string NewNumber(int year) =>
        $"ZM{year}-{new string(RandomNumberGenerator.GetItems<char>(Alphabet, NumberLength))}";

    public string CodeOf(CertificateRow certificate) => $"{certificate.Number}-{Check(certificate)}";

    /// <summary>The certificate number a code claims, or null when the code is not shaped like one.</summary>
    public static string? NumberIn(string code)
    {
        var text = code.Trim().ToUpperInvariant();
        var split = text.LastIndexOf('-');
        return split > 0 && text.Length - split - 1 == CheckLength ? text[..split] : null;
    }

    public bool Verifies(CertificateRow certificate, string code) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(CodeOf(certificate)), Encoding.ASCII.GetBytes(code.Trim().ToUpperInvariant()));

    private string Check(CertificateRow c)
    {
        var stated = string.Join('|', c.Number, c.VolunteerId, c.MaskedName, c.PeriodStart.ToString("yyyy-MM-dd"), c.PeriodEnd.ToString("yyyy-MM-dd"),
            c.TotalHours.ToString("0.00", CultureInfo.InvariantCulture), c.Activities, c.Issuer);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(options.Value.SigningKey), Encoding.UTF8.GetBytes(stated));
        return new string([.. mac.Take(CheckLength).Select(b => Alphabet[b % Alphabet.Length])]);
    }
}
