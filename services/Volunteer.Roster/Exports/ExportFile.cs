namespace Volunteer.Roster.Exports;

/// <summary>A finished export: its bytes, how to open them, a name to save them under and its data rows.</summary>
public sealed record ExportFile(byte[] Content, string ContentType, string FileName, int RowCount);
