using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Volunteer.Roster.Exports;

/// <summary>
/// The export as an Excel workbook of one sheet, written with the Open XML SDK: every cell an inline string
/// except the hours, which are numbers so that a spreadsheet can sum them. A workbook cell holds a value, never
/// a formula, so no escaping is needed.
/// </summary>
public static class NationalRecordXlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const string SheetName = "志愿服务记录";

    public static byte[] Write(IReadOnlyList<NationalRecordRow> rows)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData(HeaderRow());
            data.Append(rows.Select(DataRow));
            sheet.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet
            {
                Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = SheetName,
            }));
        }

        return buffer.ToArray();
    }

    private static Row HeaderRow() => new(NationalRecordLayout.Header.Select(Text));

    private static Row DataRow(NationalRecordRow row) => new(row.Cells.Select((cell, column) =>
        column == NationalRecordLayout.HoursColumn
            ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(row.Hours) }
            : Text(cell)));

    private static Cell Text(string value) =>
        new(new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve }))
        {
            DataType = CellValues.InlineString,
        };
}
