using CsvHelper;

namespace Volunteer.Roster.Exports;

/// <summary>
/// An export as CSV, written by CsvHelper: UTF-8 with a byte-order mark (so spreadsheet software reads the
/// Chinese text), CRLF line ends, RFC 4180 quoting. A cell a spreadsheet would run as a formula (starting with
/// = + - @, tab or carriage return) is escaped with a leading single quote, as OWASP advises: names and places
/// come from other users.
/// </summary>
public static class CsvExport
{
    public const string ContentType = "text/csv";

    public static byte[] Write(ExportTable table)
    {
        var options = new CsvWriterOptions { Injection = CsvInjection.Escape, WriteByteOrderMark = true };
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, options, leaveOpen: true))
        {
            csv.WriteHeader([.. table.Header]);
            foreach (var row in table.Rows)
            {
                csv.WriteRecord([.. row]);
            }
        }

        return buffer.ToArray();
    }
}
