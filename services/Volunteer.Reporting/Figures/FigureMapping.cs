using Proto = Volunteer.Contracts.Reporting.V1;

namespace Volunteer.Reporting.Figures;

public static class FigureMapping
{
    public static Proto.Figures ToProto(this CampaignFigures f) => new()
    {
        UnionId = f.UnionId?.ToString() ?? "",
        UnionName = f.UnionName,
        PeriodStart = f.PeriodStart.ToString("yyyy-MM-dd"),
        PeriodEnd = f.PeriodEnd.ToString("yyyy-MM-dd"),
        ActiveTeams = f.ActiveTeams,
        TeamTarget = f.TeamTarget,
        VettedPeople = f.VettedPeople,
        PeopleTarget = f.PeopleTarget,
        Activities = f.Activities,
        ActivitiesByForm = { f.ByForm.Select(ToProto) },
        ActivitiesByMode = { f.ByMode.Select(ToProto) },
        ActivitiesByDomain = { f.ByDomain.Select(ToProto) },
        ActivitiesByStatus = { f.ByStatus.Select(ToProto) },
        ServiceHours = (double)f.ServiceHours,
        RecordedHours = (double)f.RecordedHours,
        VolunteersServed = f.VolunteersServed,
        Beneficiaries = f.Beneficiaries,
        DonationValue = (double)f.DonationValue,
        SpendingBySource = { f.SpendingBySource.Select(ToProto) },
        IncidentsBySeverity = { f.IncidentsBySeverity.Select(ToProto) },
        UnclearedUpcoming = f.UnclearedUpcoming,
        OverdueRecords = f.OverdueRecords,
        HoursByUnion = { f.HoursByUnion.Select(ToProto) },
    };

    private static Proto.Tally ToProto(Tally t) => new() { Key = t.Key, Count = t.Count };

    private static Proto.Amount ToProto(Amount a) => new() { Key = a.Key, Value = (double)a.Value };
}
