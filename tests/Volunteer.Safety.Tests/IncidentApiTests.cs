using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Volunteer.Contracts.Safety.V1;
using Volunteer.ServiceDefaults.Time;
using Volunteer.Testing;

namespace Volunteer.Safety.Tests;

public sealed class IncidentApiTests(SafetyServiceHost host) : IClassFixture<SafetyServiceHost>
{
    private readonly SafetyTestData _data = new(host);

    [Fact]
    public async Task An_incident_flags_uninsured_people_at_once_and_is_overdue_until_its_duties_are_done()
    {
        var (city, activity, insured, uninsured, occurred) = await PastActivityAsync();
        await using var reported = await EventWatch.StartAsync(host.Messaging, "IncidentReported");
        await using var closed = await EventWatch.StartAsync(host.Messaging, "IncidentClosed");
        var client = _data.Client();

        var incident = (await client.ReportIncidentAsync(Report(activity, occurred, insured, uninsured), _data.Officer(city))).Incident;
        var overdue = await client.ListIncidentsAsync(new ListIncidentsRequest { ActivityId = activity.ToString(), OverdueOnly = true }, _data.Officer(city));
        var event1 = await reported.NextAsync(m => m.GetProperty("incidentId").GetString() == incident.Id);
        await client.UpdateIncidentAsync(new UpdateIncidentRequest
        {
            Id = incident.Id, Status = IncidentStatus.Investigating, ClaimStatus = ClaimStatus.Filed,
            InsurerNotifiedTime = Timestamp.FromDateTimeOffset(occurred.AddHours(1)), Note = "已电话报案",
        }, _data.Officer(city, "officer-2"));
        var backwards = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => client.UpdateIncidentAsync(
            new UpdateIncidentRequest { Id = incident.Id, Status = IncidentStatus.Reported }, _data.Officer(city)).ResponseAsync);
        var done = (await client.UpdateIncidentAsync(new UpdateIncidentRequest
        {
            Id = incident.Id, Status = IncidentStatus.Closed, ProvinceReportedTime = Timestamp.FromDateTimeOffset(occurred.AddHours(2)),
        }, _data.Province)).Incident;
        var afterClosing = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => client.UpdateIncidentAsync(
            new UpdateIncidentRequest { Id = incident.Id, ClaimStatus = ClaimStatus.Paid }, _data.Province).ResponseAsync);
        var stillOverdue = await client.ListIncidentsAsync(new ListIncidentsRequest { ActivityId = activity.ToString(), OverdueOnly = true }, _data.Province);
        var read = (await client.GetIncidentAsync(new GetIncidentRequest { Id = incident.Id }, _data.Province)).Incident;
        var event2 = await closed.NextAsync(m => m.GetProperty("incidentId").GetString() == incident.Id);

        Assert.Equal([uninsured.ToString()], incident.UninsuredVolunteerIds);
        Assert.True(incident.Overdue);
        Assert.Equal([incident.Id], overdue.Incidents.Select(i => i.Id));
        Assert.Equal([uninsured.ToString()], event1.GetProperty("uninsuredVolunteerIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("serious", event1.GetProperty("severity").GetString());
        Assert.DoesNotContain("右腿", event1.ToString());
        Assert.Equal("ILLEGAL_STATUS_CHANGE", Rule(backwards));
        Assert.Equal("INCIDENT_CLOSED", Rule(afterClosing));
        Assert.False(done.Overdue);
        Assert.Empty(stillOverdue.Incidents);
        Assert.Equal(done, read);
        Assert.Equal([("officer-2", "已电话报案"), ("province-admin", "")], read.History.Select(h => (h.ChangedBy, h.Note)));
        Assert.Contains("调查中", read.History[0].Summary);
        Assert.Equal("filed", event2.GetProperty("claimStatus").GetString());
    }

    [Fact]
    public async Task A_retried_report_returns_the_first_and_bad_reports_name_every_field()
    {
        var (city, activity, insured, _, occurred) = await PastActivityAsync();
        var request = Report(activity, occurred, insured);
        request.RequestId = Guid.NewGuid().ToString();
        var client = _data.Client();

        var first = (await client.ReportIncidentAsync(request, _data.Officer(city))).Incident;
        var retried = (await client.ReportIncidentAsync(request, _data.Officer(city))).Incident;
        var fields = await RpcAssert.InvalidFieldsAsync(() => client.ReportIncidentAsync(new ReportIncidentRequest
        {
            ActivityId = activity.ToString(),
            OccurredTime = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(1)),
            InvolvedVolunteerIds = { insured.ToString(), insured.ToString() },
            Description = new string('d', 2001),
        }, _data.Officer(city)).ResponseAsync);
        var nothingToChange = await RpcAssert.InvalidFieldsAsync(
            () => client.UpdateIncidentAsync(new UpdateIncidentRequest { Id = first.Id }, _data.Officer(city)).ResponseAsync);
        var elsewhere = _data.Officer(await _data.CityAsync());
        await RpcAssert.FailsAsync(StatusCode.NotFound,
            () => client.GetIncidentAsync(new GetIncidentRequest { Id = first.Id }, elsewhere).ResponseAsync);

        Assert.Equal(first, retried);
        Assert.Equal(["description", "involved_volunteer_ids[1]", "occurred_time", "place", "severity"], fields);
        Assert.Equal(["status"], nothingToChange);
    }

    [Fact]
    public async Task Incidents_page_to_the_end_within_the_callers_scope()
    {
        var (city, activity, insured, _, occurred) = await PastActivityAsync();
        var reported = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            reported.Add((await _data.Client().ReportIncidentAsync(Report(activity, occurred, insured), _data.Officer(city))).Incident.Id);
        }

        var seen = new List<string>();
        var token = "";
        do
        {
            var page = await _data.Client().ListIncidentsAsync(new ListIncidentsRequest { PageSize = 2, PageToken = token }, _data.UnionAdmin(city));
            seen.AddRange(page.Incidents.Select(i => i.Id));
            token = page.NextPageToken;
        }
        while (token.Length > 0);
        var elsewhere = await _data.Client().ListIncidentsAsync(new ListIncidentsRequest(), _data.UnionAdmin(await _data.CityAsync()));

        Assert.Equal(reported, seen);
        Assert.Empty(elsewhere.Incidents);
    }

    // The incident happened three days ago, on the second day of an activity; one person involved is insured that day, one is not.
    private async Task<(Guid City, Guid Activity, Guid Insured, Guid Uninsured, DateTimeOffset Occurred)> PastActivityAsync()
    {
        var city = await _data.CityAsync();
        var insured = await _data.VolunteerAsync(city);
        var uninsured = await _data.VolunteerAsync(city);
        var occurred = DateTimeOffset.UtcNow.AddDays(-3);
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(occurred, CampaignClock.Zone).DateTime);
        var activity = await _data.ActivityAsync(city, [insured, uninsured], startsOn: day.AddDays(-1));
        var policy = await _data.PolicyAsync(city, from: day.AddDays(-30), to: day.AddDays(30));
        await _data.Client().EnrolPersonsAsync(new EnrolPersonsRequest { PolicyId = policy.Id, VolunteerIds = { insured.ToString() } }, _data.Province);
        return (city, activity, insured, uninsured, occurred);
    }

    private static ReportIncidentRequest Report(Guid activity, DateTimeOffset occurred, params Guid[] involved) => new()
    {
        ActivityId = activity.ToString(),
        OccurredTime = Timestamp.FromDateTimeOffset(occurred),
        Place = "连南县三江镇中心小学操场",
        Severity = IncidentSeverity.Serious,
        InvolvedVolunteerIds = { involved.Select(id => id.ToString()) },
        Description = "搬运物资时右腿扭伤",
        FirstResponse = "冰敷后送县医院",
    };

    private static string Rule(RpcException error) =>
        error.GetRpcStatus()!.GetDetail<PreconditionFailure>()!.Violations[0].Type;
}
