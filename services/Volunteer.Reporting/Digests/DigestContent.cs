using System.Text.Json.Serialization;
using Volunteer.Reporting.Figures;

namespace Volunteer.Reporting.Digests;

/// <summary>
/// What a digest says, stored once as JSON and rendered per format and language when read. Edition is
/// set when it is stored (content of digests from before versions has none: a first, final version).
/// </summary>
public sealed record DigestContent(
    string Kind,
    string ScopeName,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    DateTimeOffset ProducedAt,
    CampaignFigures Figures,
    CampaignFigures Previous,
    IReadOnlyList<TeamLine> TopTeams,
    IReadOnlyList<ActivityLine> NotableActivities,
    IReadOnlyList<CaseLine> Cases,
    IReadOnlyList<IncidentLine> Incidents,
    IReadOnlyList<ActivityLine> OverdueRecords,
    IReadOnlyList<ActivityLine> UnclearedActivities,
    // Absent, not empty, where there is nothing to list: contents stored before awards existed read the same.
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<AwardLine>? Awards = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DigestEdition? Edition = null);

/// <summary>A team's counted hours and activities in the period.</summary>
public sealed record TeamLine(string Name, string UnionName, decimal Hours, int Activities);

/// <summary>An activity as digests list it; Note holds the recording due day or the clearance reasons.</summary>
public sealed record ActivityLine(string Name, string UnionName, string Form, DateOnly StartsOn, DateOnly EndsOn, int Beneficiaries, string Note);

/// <summary>A typical case whose volunteers and beneficiaries agreed to being named.</summary>
public sealed record CaseLine(string ActivityName, string UnionName, string Story, string Innovation, string Results);

/// <summary>An incident without people or health details.</summary>
public sealed record IncidentLine(string ActivityName, string UnionName, string Severity, DateOnly OccurredOn, bool Closed);
