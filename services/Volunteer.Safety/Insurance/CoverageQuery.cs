using Microsoft.EntityFrameworkCore;
using Volunteer.Contracts.Auth;
using Volunteer.Safety.Data;
using Volunteer.Safety.Scope;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Safety.V1;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Safety.Insurance;

/// <summary>Who is covered on which days under which policies, and the gaps, for volunteers over a date range.</summary>
public sealed class CoverageQuery(SafetyDbContext db, SafetyScope scope, CoverLookup cover)
{
    public const int MaxVolunteers = 500;
    public const int MaxDays = 366;

    public async Task<Proto.GetCoverageResponse> GetAsync(Proto.GetCoverageRequest request, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        var volunteerIds = FieldRules.Ids(request.VolunteerIds, "volunteer_ids", MaxVolunteers, violations);
        if (request.VolunteerIds.Count == 0)
        {
            violations.Add("volunteer_ids", "is required");
        }

        var from = FieldRules.Day(request.From, "from", violations);
        var to = FieldRules.Day(request.To, "to", violations);
        if (from is { } start && to is { } end && (end < start || end.DayNumber - start.DayNumber > MaxDays))
        {
            violations.Add("to", $"must be on or after from and at most {MaxDays} days after it");
        }

        violations.ThrowIfAny();
        await DemandMayReadAsync(caller, volunteerIds, cancellationToken);
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

    // A volunteer may read their own cover; staff that of volunteers of unions in their scope.
    private async Task DemandMayReadAsync(PlatformCaller caller, List<Guid> volunteerIds, CancellationToken cancellationToken)
    {
        if (caller.Role == PlatformRoles.Volunteer)
        {
            if (volunteerIds.Any(id => id.ToString() != caller.Subject))
            {
                throw new AccessDeniedException("OWN_COVERAGE_ONLY", "A volunteer may ask only about their own cover.");
            }

            return;
        }

        if (await scope.VisibleAsync(caller, null, cancellationToken) is not { } visible)
        {
            return;
        }

        var unions = await db.Volunteers.Where(v => volunteerIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.UnionId, cancellationToken);
        if (volunteerIds.Any(id => !unions.TryGetValue(id, out var union) || !visible.Contains(union)))
        {
            throw new AccessDeniedException("OUTSIDE_UNION_SCOPE", "Some of the volunteers are not known to belong to a union in the caller's scope.");
        }
    }
}
