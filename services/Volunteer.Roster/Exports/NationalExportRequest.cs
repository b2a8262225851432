using Volunteer.Roster.Disclosures;

namespace Volunteer.Roster.Exports;

/// <summary>The people of a union's subtree (or the caller's default) and the days whose records to export.</summary>
public sealed record NationalExportRequest(Guid? UnionId, DateOnly Start, DateOnly End, ExportFormat Format);
