using System.Text;

namespace Volunteer.Reporting.Records;

/// <summary>
/// RFC 4180 lines: CRLF endings; a field holding a comma, quote or line break is quoted with its quotes doubled.
/// A field a spreadsheet would run as a formula (starting with = + - @, tab or carriage return) is first
/// prefixed with a single quote, as OWASP advises against CSV injection: names come from other unions' users.
/// </summary>
public static class Csv
{
    /// <summary>UTF-8 byte-order mark, so spreadsheet software reads the Chinese text as UTF-8.</summary>
    public static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    private const string FormulaStarts = "=+-@\t\r";

    public static string Line(IEnumerable<string> fields) => string.Join(',', fields.Select(Field)) + "\r\n";

    public static string Field(string value)
    {
        var safe = value.Length > 0 && FormulaStarts.Contains(value[0]) ? "'" + value : value;
        return safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + safe.Replace("\"", "\"\"") + "\"" : safe;
    }

    public static byte[] Utf8(StringBuilder text) => Encoding.UTF8.GetBytes(text.ToString());
}
