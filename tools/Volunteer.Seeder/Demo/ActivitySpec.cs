using Volunteer.Contracts.Activity.V1;
using Volunteer.Contracts.Safety.V1;

namespace Volunteer.Seeder.Demo;

/// <summary>
/// One planned activity of the demo: its team, form, site and days, who of the team opts in, and how far
/// it gets. Key is stable across runs and makes every create request idempotent.
/// </summary>
public sealed record ActivitySpec(
    string Key,
    TeamSpec Team,
    UnionSpec Union,
    ActivityForm Form,
    ServiceDomain Domain,
    AssistanceMode Mode,
    SiteSpec? Site,
    DateOnly StartsOn,
    DateOnly EndsOn,
    string Name,
    string Content,
    decimal Budget,
    IReadOnlyList<string> ConfirmingKeys,
    ActivityFate Fate,
    bool LongDays,
    IncidentSeverity? Incident)
{
    public bool Runs => Fate is ActivityFate.Recorded or ActivityFate.Unrecorded;

    public bool Online => Form == ActivityForm.InternetPlus;

    public IEnumerable<DateOnly> Days =>
        Enumerable.Range(0, EndsOn.DayNumber - StartsOn.DayNumber + 1).Select(StartsOn.AddDays);

    public FundingSource Funding => Mode == AssistanceMode.Paired ? FundingSource.Unit : FundingSource.Union;
}
