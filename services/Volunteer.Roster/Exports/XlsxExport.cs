using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Volunteer.Roster.Exports;

/// <summary>
/// An export as an Excel workbook of one sheet, written with the Open XML SDK: every cell an inline string but
/// the number column. A workbook cell holds a value, never a formula, so no escaping is needed.
/// </summary>
public static class XlsxExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(ExportTable table)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData(new Row(table.Header.Select(Text)));
            data.Append(table.Rows.Select(row => new Row(row.Select((cell, column) =>
                column == table.NumberColumn ? Number(cell) : Text(cell)))));
            sheet.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet
            {
                Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = table.SheetName,
            }));
        }

        return buffer.ToArray();
    }

    private static Cell Number(string value) => new()
    {
        DataType = CellValues.Number, CellValue = new CellValue(decimal.Parse(value, CultureInfo.InvariantCulture)),
    };

    private static Cell Text(string value) =>
        new(new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve }))
        {
            DataType = CellValues.InlineString,
        };
}
