using Volunteer.Reporting.Figures;

namespace Volunteer.Reporting.Digests;

/// <summary>A digest asked for on demand: its kind, a union's subtree (or the caller's default) and its period.</summary>
public sealed record DigestOrder(string Kind, Guid? UnionId, ReportPeriod Period);
