namespace Volunteer.Roster.Exports;

/// <summary>
/// What an export holds before it is a file: a sheet name, the header, the rows as text and, if any, the column
/// whose invariant decimal text a workbook stores as numbers (so a spreadsheet can sum them).
/// </summary>
public sealed record ExportTable(
    string SheetName,
    IReadOnlyList<string> Header,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    int? NumberColumn = null);
