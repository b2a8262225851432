using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Safety.V1;

namespace Volunteer.Safety.Insurance;

/// <summary>
/// Who is covered on which days under which policies, and the gaps, for volunteers over a date range.
/// The edge has checked the caller reaches every volunteer: staff their unions, a volunteer only themself.
/// </summary>
public sealed class CoverageQuery(CoverLookup cover)
{
    public const int MaxVolunteers = 500;
    public const int MaxDays = 366;

    public async Task<Proto.GetCoverageResponse> GetAsync(Proto.GetCoverageRequest request, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        var volunteerIds = FieldRules.Ids(request.VolunteerIds, "volunteer_ids", MaxVolunteers, violations);
        if (request.VolunteerIds.Count == 0)
        {
            violations.Add("volunteer_ids", "is required");
        }

        var from = CoverDays.Read(request.From, "from", violations);
        var to = CoverDays.Read(request.To, "to", violations);
        if (from is { } start && to is { } end && (end < start || end.DayNumber - start.DayNumber > MaxDays))
        {
            violations.Add("to", $"must be on or after from and at most {MaxDays} days after it");
        }

        violations.ThrowIfAny();
        var covers = await cover.ForVolunteersAsync(volunteerIds, from!.Value, to!.Value, cancellationToken);
        var response = new Proto.GetCoverageResponse();
        foreach (var volunteerId in volunteerIds)
        {
            var runs = CoverageCalculator.Runs(from.Value, to.Value, [.. covers[volunteerId]]);
            response.Volunteers.Add(new Proto.VolunteerCoverage
            {
                VolunteerId = volunteerId.ToString(),
                Spans =
                {
                    runs.Where(r => !r.IsGap).Select(r => new Proto.CoverSpan
                    {
                        Days = r.ToDayRange(),
                        PolicyIds = { r.PolicyIds.Select(id => id.ToString()) },
                        TravelCovered = r.TravelCovered,
                    }),
                },
                Gaps = { runs.Where(r => r.IsGap).Select(r => r.ToDayRange()) },
            });
        }

        return response;
    }
}
