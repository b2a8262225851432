using System.Text;
using System.Text.Json;
using Grpc.Core;
using Volunteer.EndToEnd.Tests.Campaign;
using Volunteer.Testing;
using ActivityV1 = Volunteer.Contracts.Activity.V1;
using ReportingV1 = Volunteer.Contracts.Reporting.V1;
using SafetyV1 = Volunteer.Contracts.Safety.V1;

namespace Volunteer.EndToEnd.Tests;

/// <summary>The reporting side of the story: the volunteer's record, a certificate anyone can verify, the month's digest.</summary>
public sealed partial class NeedToRecordedHoursTests
{
    private async Task TheVolunteersRecordShowsExactlyThoseDaysAsync(Callers people, ActivityV1.Activity activity, string volunteerId)
    {
        var record = await Wait.UntilAsync("reporting to record the activity's hours on the volunteer's service record",
            async () => (await ReportingApi.GetServiceRecordAsync(new() { VolunteerId = volunteerId }, people.Volunteer(volunteerId))).Record,
            r => r.Services.Count > 0);

        Assert.Equal(Timeline.Days.Select(d => (activity.Id, d.Day, d.Hours)), record.Services.Select(s => (s.ActivityId, s.Date, s.Hours)));
        Assert.All(record.Services, s => Assert.Equal(
            (activity.Name, activity.Place, activity.LeaderName, "广州市教育工会"), (s.ActivityName, s.Place, s.PersonInCharge, s.OrganiserUnionName)));
        Assert.Equal(Timeline.HoursPerVolunteer, record.TotalHours);
        Assert.Equal("王**", record.MaskedName);
        Assert.Contains(record.Trainings, t => t.Kind == "safety" && t.Date == Timeline.TrainedOn);
    }

    private async Task TheExportForTheNationalSystemHasARowPerVolunteerAndDayAsync(Callers people, string activityId, ServiceTeam team)
    {
        using var export = ReportingApi.ExportServiceRecords(new()
        {
            UnionId = team.UnionId, PeriodStart = Timeline.MonthStart, PeriodEnd = Timeline.MonthEnd,
        }, people.CityAdmin);
        var file = new List<byte>();
        await foreach (var chunk in export.ResponseStream.ReadAllAsync())
        {
            file.AddRange(chunk.Chunk);
        }

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), file.Take(3));
        var lines = Encoding.UTF8.GetString([.. file.Skip(3)]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("志愿者编号,姓名,性别,活动编号", lines[0]);
        // Columns: volunteer id (0), activity id (3), service day (5), hours with two decimals (8).
        var rows = lines[1..].Select(line => line.Split(',')).Select(f => (f[0], f[3], f[5], f[8])).Order();
        var expected = team.Members.SelectMany(v => Timeline.Days.Select(d => (v, activityId, d.Day, d.Hours.ToString("0.00")))).Order();
        Assert.Equal(expected, rows);
    }

    private async Task ACertificateVerifiesAnonymouslyAsync(Callers people, string volunteerId, string activityName)
    {
        var issued = (await ReportingApi.IssueCertificateAsync(new()
        {
            RequestId = Guid.NewGuid().ToString(), VolunteerId = volunteerId, PeriodStart = Timeline.MonthStart, PeriodEnd = Timeline.MonthEnd,
        }, people.Volunteer(volunteerId))).Certificate;
        var verified = (await ReportingApi.VerifyCertificateAsync(new() { Code = issued.VerificationCode })).Certificate;

        Assert.Equal(Timeline.HoursPerVolunteer, issued.TotalHours);
        Assert.Contains(activityName, issued.Content);
        Assert.Equal((issued.Number, Timeline.HoursPerVolunteer, 1), (verified.Number, verified.TotalHours, verified.Activities));
        Assert.Empty(verified.VolunteerId);
        var altered = issued.VerificationCode[..^1] + (issued.VerificationCode[^1] == 'A' ? 'B' : 'A');
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => ReportingApi.VerifyCertificateAsync(new() { Code = altered }).ResponseAsync);
    }

    private async Task TheMonthsDigestShowsTheHoursTheActivityAndTheIncidentAsync(
        Callers people, ActivityV1.Activity activity, ServiceTeam team, SafetyV1.IncidentSeverity severity)
    {
        var totalHours = Timeline.HoursPerVolunteer * team.Members.Count;
        // The digest is produced once per month: only after reporting has everything it must show.
        var live = await Wait.UntilAsync("reporting's figures for October to hold the recorded hours and the incident",
            async () => (await ReportingApi.GetFiguresAsync(new() { PeriodStart = Timeline.MonthStart, PeriodEnd = Timeline.MonthEnd }, people.ProvincialAdmin)).Figures,
            f => f.RecordedHours == totalHours && f.IncidentsBySeverity.Sum(t => t.Count) == 1);
        Assert.Contains(live.HoursByUnion, h => h.Key == "广州市教育工会" && h.Value == totalHours);

        var generated = await ReportingApi.GenerateDigestAsync(new()
        {
            Kind = ReportingV1.DigestKind.Monthly, PeriodDay = Timeline.StartsOn,
        }, people.ProvincialAdmin);
        var produced = generated.Digest;
        Assert.True(generated.Created, "October's province digest existed already: another test produced it before this story's data");
        var digest = await ReportingApi.GetDigestAsync(new() { Id = produced.Id, Format = ReportingV1.DigestFormat.Json }, people.ProvincialAdmin);
        using var content = JsonDocument.Parse(digest.Content);
        var figures = content.RootElement.GetProperty("figures");

        Assert.Equal((Timeline.MonthStart, Timeline.MonthEnd), (produced.PeriodStart, produced.PeriodEnd));
        Assert.Equal(totalHours, figures.GetProperty("serviceHours").GetDouble());
        Assert.Equal(totalHours, figures.GetProperty("recordedHours").GetDouble());
        Assert.Equal(1, figures.GetProperty("activities").GetInt32());
        Assert.Equal(team.Members.Count, figures.GetProperty("volunteersServed").GetInt32());
        Assert.Equal(120, figures.GetProperty("beneficiaries").GetInt32());
        var notable = Assert.Single(content.RootElement.GetProperty("notableActivities").EnumerateArray());
        Assert.Equal((activity.Name, 120), (notable.GetProperty("name").GetString(), notable.GetProperty("beneficiaries").GetInt32()));
        var teamLine = Assert.Single(content.RootElement.GetProperty("topTeams").EnumerateArray());
        Assert.Equal((team.TeamName, totalHours), (teamLine.GetProperty("name").GetString(), teamLine.GetProperty("hours").GetDouble()));
        var incidentLine = Assert.Single(content.RootElement.GetProperty("incidents").EnumerateArray());
        Assert.Equal(activity.Name, incidentLine.GetProperty("activityName").GetString());
        Assert.Equal(Timeline.StartsOn, incidentLine.GetProperty("occurredOn").GetString());
        Assert.Equal(severity.ToString().ToLowerInvariant(), incidentLine.GetProperty("severity").GetString());
    }
}
