using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Google.Protobuf;
using Grpc.Core;
using Volunteer.Contracts.Roster.V1;
using CallMetadata = Grpc.Core.Metadata;

namespace Volunteer.Roster.Tests.Exports;

/// <summary>Calls the export and reads the file back with the same kind of reader a union office would use.</summary>
internal static class ExportFiles
{
    public static async Task<(string ContentType, string FileName, byte[] Content)> ExportAsync(
        RosterService.RosterServiceClient client, ExportNationalRecordsRequest request, CallMetadata caller)
    {
        using var call = client.ExportNationalRecords(request, caller);
        return await ReadAsync(call.ResponseStream.ReadAllAsync().Select(c => (c.ContentType, c.FileName, c.Chunk)));
    }

    public static async Task<(string ContentType, string FileName, byte[] Content)> ExportInsuredAsync(
        RosterService.RosterServiceClient client, ExportInsuredPersonsRequest request, CallMetadata caller)
    {
        using var call = client.ExportInsuredPersons(request, caller);
        return await ReadAsync(call.ResponseStream.ReadAllAsync().Select(c => (c.ContentType, c.FileName, c.Chunk)));
    }

    // The first chunk names the file; the others only carry bytes.
    private static async Task<(string ContentType, string FileName, byte[] Content)> ReadAsync(
        IAsyncEnumerable<(string ContentType, string FileName, ByteString Chunk)> chunks)
    {
        var (contentType, fileName, content) = ("", "", new MemoryStream());
        await foreach (var chunk in chunks)
        {
            contentType = contentType.Length > 0 ? contentType : chunk.ContentType;
            fileName = fileName.Length > 0 ? fileName : chunk.FileName;
            chunk.Chunk.WriteTo(content);
        }

        return (contentType, fileName, content.ToArray());
    }

    /// <summary>Every record of a CSV file, the header first.</summary>
    public static List<string[]> ReadCsv(byte[] content)
    {
        using var reader = CsvReader.Create(content, new CsvReaderOptions { HasHeader = false });
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return rows;
    }

    /// <summary>Every row of the workbook's only sheet, the header first; numbers as the text Excel stores.</summary>
    public static List<string[]> ReadXlsx(byte[] content)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(content), isEditable: false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        return [.. sheet.Descendants<Row>().Select(row => row.Elements<Cell>().Select(Text).ToArray())];
    }

    private static string Text(Cell cell) =>
        cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.Text!.Text : cell.CellValue!.Text;
}
