using Microsoft.EntityFrameworkCore;
using Volunteer.Reporting.Data;
using Volunteer.Reporting.ReadModels;

namespace Volunteer.Reporting.Figures;

/// <summary>
/// Distinct volunteers with counted attendance or a service line in a period, counted from one row per
/// person and year (per union too, unless everywhere) whose day bits meet the period's days of that year.
/// </summary>
internal static class PeopleServed
{
    // Years between the first and the last lie wholly in the period: any row there served on some day.
    private const string InPeriod = """
        s.year between {0} and {1} and bit_count(s.days
            & case s.year when {0} then {2}::bit(366) when {1} then {3}::bit(366) else s.days end) > 0
        """;

    private const string People = "select count(distinct s.volunteer_id)::int as \"Value\"";

    private const string Everywhere = $"{People} from served_years_everywhere s where {InPeriod}";

    private const string InUnions = $"{People} from served_years s where s.union_id = any({{4}}) and {InPeriod}";

    public static Task<int> CountAsync(
        ReportingDbContext db, IReadOnlyList<Guid>? unions, ReportPeriod period, CancellationToken ct)
    {
        var (fromYear, toYear) = (period.Start.Year, period.End.Year);
        object[] parameters =
            [fromYear, toYear, DaysOf(period, fromYear), DaysOf(period, toYear), unions?.ToArray() ?? []];
        return db.Database.SqlQueryRaw<int>(unions is null ? Everywhere : InUnions, parameters).SingleAsync(ct);
    }

    /// <summary>The period's days within one year as ServedYear's bits: '1' for each day in the period.</summary>
    private static string DaysOf(ReportPeriod period, int year) =>
        string.Concat(Enumerable.Range(0, ServedYear.DaysInYear)
            .Select(dayIndex => new DateOnly(year, 1, 1).AddDays(dayIndex))
            .Select(day => day.Year == year && day >= period.Start && day <= period.End ? '1' : '0'));
}
