namespace Volunteer.Reporting.Records;

/// <summary>Service records to export: of a union's subtree (or the caller's default) and a period.</summary>
public sealed record RecordExport(Guid? UnionId, DateOnly Start, DateOnly End);
