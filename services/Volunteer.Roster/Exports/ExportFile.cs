using Volunteer.Roster.Disclosures;

namespace Volunteer.Roster.Exports;

/// <summary>A finished export: its bytes, how to open them, a name to save them under and its data rows.</summary>
public sealed record ExportFile(byte[] Content, string ContentType, string FileName, int RowCount)
{
    /// <summary>The table in the asked format, named after <paramref name="baseName"/>.</summary>
    public static ExportFile Of(ExportTable table, ExportFormat format, string baseName) => format == ExportFormat.Xlsx
        ? new ExportFile(XlsxExport.Write(table), XlsxExport.ContentType, baseName + ".xlsx", table.Rows.Count)
        : new ExportFile(CsvExport.Write(table), CsvExport.ContentType, baseName + ".csv", table.Rows.Count);
}
