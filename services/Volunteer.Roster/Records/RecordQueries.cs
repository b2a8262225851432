using Microsoft.EntityFrameworkCore;
using Volunteer.Roster.Data;

namespace Volunteer.Roster.Records;

/// <summary>
/// A volunteer's trainings and awards, as every GetStaffVolunteer reads them: compiled once, since translating
/// a query on each call costs about as much CPU as running it.
/// </summary>
internal static class RecordQueries
{
    public static readonly Func<RosterDbContext, Guid, IAsyncEnumerable<Training>> Trainings =
        EF.CompileAsyncQuery<RosterDbContext, Guid, Training>((db, volunteerId) => db.Trainings.AsNoTracking()
            .Where(t => t.VolunteerId == volunteerId).OrderBy(t => t.Date).ThenBy(t => t.Id));

    public static readonly Func<RosterDbContext, Guid, IAsyncEnumerable<Award>> Awards =
        EF.CompileAsyncQuery<RosterDbContext, Guid, Award>((db, volunteerId) => db.Awards.AsNoTracking()
            .Where(a => a.VolunteerId == volunteerId).OrderBy(a => a.Date).ThenBy(a => a.Id));
}
