namespace Volunteer.Roster.Exports;

/// <summary>One row of the national export, as text in the layout's column order (see NationalRecordLayout).</summary>
public sealed record NationalRecordRow(IReadOnlyList<string> Cells, decimal Hours);
