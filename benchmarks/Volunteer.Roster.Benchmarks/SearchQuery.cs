using Volunteer.Contracts.Roster.V1;

namespace Volunteer.Roster.Benchmarks;

/// <summary>One search as a client sends it, with a label for the report (ASCII, so columns line up).</summary>
internal sealed record SearchQuery(string Label, ListStaffVolunteersRequest Request);
