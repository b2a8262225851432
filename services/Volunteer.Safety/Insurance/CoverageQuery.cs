namespace Volunteer.Safety.Insurance;

/// <summary>
/// Who is covered on which days under which policies, and the gaps, for volunteers over a date range.
/// The edge has checked the caller reaches every volunteer: staff their unions, a volunteer only themself.
/// </summary>
public sealed class CoverageQuery(CoverLookup cover)
{
    public async Task<List<VolunteerCover>> GetAsync(ValidCoverageQuery query, CancellationToken cancellationToken)
    {
        var covers = await cover.ForVolunteersAsync(query.VolunteerIds, query.From, query.To, cancellationToken);
        return [.. query.VolunteerIds.Select(volunteerId =>
            new VolunteerCover(volunteerId, CoverageCalculator.Runs(query.From, query.To, [.. covers[volunteerId]])))];
    }
}
