using System.Text;

namespace Volunteer.Reporting.Records;

/// <summary>RFC 4180 lines: CRLF endings; a field holding a comma, quote or line break is quoted with its quotes doubled.</summary>
public static class Csv
{
    /// <summary>UTF-8 byte-order mark, so spreadsheet software reads the Chinese text as UTF-8.</summary>
    public static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    public static string Line(IEnumerable<string> fields) => string.Join(',', fields.Select(Field)) + "\r\n";

    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;

    public static byte[] Utf8(StringBuilder text) => Encoding.UTF8.GetBytes(text.ToString());
}
