using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Contracts.Safety.V1;
using Volunteer.Safety.Data;
using Volunteer.Testing;

namespace Volunteer.Safety.Tests;

/// <summary>
/// Oversized strings and lists, impossible timestamps, days and amounts: each refused with
/// INVALID_ARGUMENT naming the field (or RESOURCE_EXHAUSTED past the message size), nothing written.
/// </summary>
public sealed class HostileInputTests(SafetyServiceHost host) : IClassFixture<SafetyServiceHost>
{
    private readonly SafetyTestData _data = new(host);

    [Fact]
    public async Task Bad_policies_are_refused_and_none_is_stored()
    {
        var city = await _data.CityAsync();
        var client = _data.Client();
        var cases = new (string Field, Action<RegisterPolicyRequest> Spoil)[]
        {
            ("policy.insurer", r => r.Policy.Insurer = new string('保', 100_000)),
            ("policy.territory", r => r.Policy.Territory = new string('境', 101)),
            ("request_id", r => r.RequestId = new string('r', 101)),
            ("policy.covers_from", r => r.Policy.CoversFrom = "1999-12-31"),
            ("policy.covers_from", r => r.Policy.CoversFrom = "0001-01-01"),
            ("policy.covers_to", r => r.Policy.CoversTo = "9999-12-31"),
            ("policy.covers_to", r => (r.Policy.CoversFrom, r.Policy.CoversTo) = ("2027-01-01", "2030-01-01")),
            ("policy.limits.death_disability", r => r.Policy.Limits.DeathDisability = "1e30"),
            ("policy.limits.medical", r => r.Policy.Limits.Medical = "1000000000000"),
            ("policy.limits.medical", r => r.Policy.Limits.Medical = "79228162514264337593543950335"),
            ("policy.limits.medical_deductible", r => r.Policy.Limits.MedicalDeductible = "NaN"),
            ("policy.limits.third_party_liability", r => r.Policy.Limits.ThirdPartyLiability = "-0.01"),
        };

        foreach (var (field, spoil) in cases)
        {
            var request = new RegisterPolicyRequest { Policy = SafetyTestData.NewPolicy(city) };
            spoil(request);
            Assert.Equal([field], await InvalidAsync(() => client.RegisterPolicyAsync(request, _data.Province)));
        }

        var huge = new RegisterPolicyRequest { Policy = SafetyTestData.NewPolicy(city) };
        huge.Policy.Insurer = new string('x', 2 * 1024 * 1024);
        await RpcAssert.FailsAsync(StatusCode.ResourceExhausted,
            () => _data.Client().RegisterPolicyAsync(huge, _data.Province).ResponseAsync);
        Assert.Equal(0, await host.InScopeAsync(sp => Db(sp).Policies.CountAsync(p => p.HolderUnionId == city)));
    }

    [Fact]
    public async Task Bad_incident_reports_and_updates_are_refused_and_nothing_is_written()
    {
        var city = await _data.CityAsync();
        var volunteer = await _data.VolunteerAsync(city);
        var activity = await _data.ActivityAsync(city, [volunteer]);
        var officer = _data.Officer(city);
        var cases = new (string Field, Action<ReportIncidentRequest> Spoil)[]
        {
            ("occurred_time", r => r.OccurredTime = new Timestamp { Seconds = long.MaxValue }),
            ("occurred_time", r => r.OccurredTime = new Timestamp { Seconds = long.MinValue }),
            ("occurred_time", r => r.OccurredTime = new Timestamp { Seconds = 1_800_000_000, Nanos = -1 }),
            ("occurred_time", r => r.OccurredTime = new Timestamp { Seconds = 1_800_000_000, Nanos = 1_000_000_000 }),
            ("occurred_time", r => r.OccurredTime = Timestamp.FromDateTimeOffset(new(1999, 12, 31, 0, 0, 0, TimeSpan.Zero))),
            ("occurred_time", r => r.OccurredTime = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddHours(1))),
            ("place", r => r.Place = new string('场', 201)),
            ("description", r => r.Description = new string('d', 100_000)),
            ("first_response", r => r.FirstResponse = new string('f', 2001)),
            ("request_id", r => r.RequestId = new string('r', 101)),
        };

        foreach (var (field, spoil) in cases)
        {
            var request = TwoUnionWorld.Report(activity, volunteer);
            spoil(request);
            Assert.Equal([field], await InvalidAsync(() => _data.Client().ReportIncidentAsync(request, officer)));
        }

        var crowd = TwoUnionWorld.Report(activity, volunteer);
        crowd.InvolvedVolunteerIds.AddRange(Enumerable.Range(0, 100).Select(_ => Guid.NewGuid().ToString()));
        Assert.Equal(["involved_volunteer_ids"],
            await InvalidAsync(() => _data.Client().ReportIncidentAsync(crowd, _data.Province)));
        Assert.Equal(0, await host.InScopeAsync(sp => Db(sp).Incidents.CountAsync(i => i.ActivityId == activity)));

        var report = TwoUnionWorld.Report(activity, volunteer);
        var incident = (await _data.Client().ReportIncidentAsync(report, officer)).Incident;
        var update = new UpdateIncidentRequest
        {
            Id = incident.Id,
            InsurerNotifiedTime = new Timestamp { Seconds = -62_135_596_801 },
            ProvinceReportedTime = new Timestamp { Seconds = 1_800_000_000, Nanos = int.MaxValue },
            Note = new string('n', 1001),
        };
        Assert.Equal(["insurer_notified_time", "note", "province_reported_time"],
            await InvalidAsync(() => _data.Client().UpdateIncidentAsync(update, officer)));
        var read = await _data.Client().GetIncidentAsync(new GetIncidentRequest { Id = incident.Id }, officer);
        Assert.Empty(read.Incident.History);
    }

    [Fact]
    public async Task Bad_plans_are_refused_and_no_plan_is_stored()
    {
        var city = await _data.CityAsync();
        var client = _data.Client();
        var activity = await _data.ActivityAsync(city, []);
        var cases = new (string Field, Action<SafetyPlan> Spoil)[]
        {
            ("plan.risks", p => p.Risks.AddRange(Enumerable.Repeat("落石", 50))),
            ("plan.measures[0]", p => p.Measures[0] = new string('m', 501)),
            ("plan.emergency_contacts", p => p.EmergencyContacts.AddRange(
                Enumerable.Range(0, 20).Select(i => new EmergencyContact
                {
                    Name = $"联系人{i}", Role = "院长", Phone = "13812345678",
                }))),
            ("plan.emergency_contacts[0].phone", p => p.EmergencyContacts[0].Phone = new string('8', 100_000)),
            ("plan.emergency_contacts[0].phone", p => p.EmergencyContacts[0].Phone = "=HYPERLINK(\"x\")"),
            ("plan.emergency_contacts[0].phone", p => p.EmergencyContacts[0].Phone = ""),
            ("plan.responsible_person.role", p => p.ResponsiblePerson.Role = new string('r', 51)),
            ("plan.nearest_medical_facility.address", p => p.NearestMedicalFacility.Address = new string('a', 100_000)),
            ("plan.nearest_medical_facility.distance_km", p => p.NearestMedicalFacility.DistanceKm = double.NaN),
            ("plan.nearest_medical_facility.phone", p => p.NearestMedicalFacility.Phone = new string('8', 100_000)),
            ("plan.nearest_medical_facility.phone", p => p.NearestMedicalFacility.Phone = "=HYPERLINK(\"x\")"),
            ("plan.nearest_medical_facility.distance_km", p => p.NearestMedicalFacility.DistanceKm = double.MaxValue),
            ("plan.responsible_person.volunteer_id", p => p.ResponsiblePerson.VolunteerId = new string('v', 1000)),
        };

        foreach (var (field, spoil) in cases)
        {
            var plan = SafetyTestData.CompletePlan(activity);
            spoil(plan);
            var request = new SaveSafetyPlanRequest { Plan = plan };
            Assert.Equal([field], await InvalidAsync(() => client.SaveSafetyPlanAsync(request, _data.Officer(city))));
        }

        await RpcAssert.FailsAsync(StatusCode.NotFound, () => _data.Client().GetSafetyPlanAsync(
            new GetSafetyPlanRequest { ActivityId = activity.ToString() }, _data.Province).ResponseAsync);
    }

    [Fact]
    public async Task Oversized_lists_impossible_days_and_foreign_tokens_are_refused()
    {
        var city = await _data.CityAsync();
        var volunteer = await _data.VolunteerAsync(city);
        var policy = await _data.PolicyAsync(city);
        var client = _data.Client();
        var many = Enumerable.Range(0, 1001).Select(_ => Guid.NewGuid().ToString()).ToArray();
        var (one, token) = (volunteer.ToString(), new string('A', 101));

        var (province, officer) = (_data.Province, _data.Officer(city));

        Assert.Equal(["volunteer_ids"], await InvalidAsync(() => client.EnrolPersonsAsync(
            new EnrolPersonsRequest { PolicyId = policy.Id, VolunteerIds = { many } }, province)));
        Assert.Equal(["from"], await InvalidAsync(() => client.EnrolPersonsAsync(
            new EnrolPersonsRequest { PolicyId = policy.Id, VolunteerIds = { one }, From = "0001-01-01" }, province)));
        Assert.Equal(["volunteer_ids"], await InvalidAsync(() => client.GetCoverageAsync(
            new GetCoverageRequest { VolunteerIds = { many[..501] }, From = "2027-01-01", To = "2027-01-02" }, province)));
        Assert.Equal(["from", "to"], await InvalidAsync(() => client.GetCoverageAsync(
            new GetCoverageRequest { VolunteerIds = { one }, From = "0001-01-01", To = "9999-12-31" }, officer)));
        Assert.Equal(["covering_day", "page_size", "page_token"], await InvalidAsync(() => client.ListPoliciesAsync(
            new ListPoliciesRequest { CoveringDay = "9999-12-31", PageSize = int.MinValue, PageToken = token }, officer)));
        Assert.Equal(["page_token"], await InvalidAsync(() => client.ListIncidentsAsync(
            new ListIncidentsRequest { PageToken = new string('A', 500_000) }, officer)));
        Assert.Equal(["page_token"], await InvalidAsync(() => client.ListInsuredPersonsAsync(
            new ListInsuredPersonsRequest { PolicyId = policy.Id, PageToken = token }, officer)));
        Assert.Equal(["id"], await InvalidAsync(() => client.GetPolicyAsync(
            new GetPolicyRequest { Id = new string('9', 500_000) }, officer)));
        var insured = await client.ListInsuredPersonsAsync(new() { PolicyId = policy.Id }, province);
        Assert.Empty(insured.Persons);
    }

    [Fact]
    public async Task Bad_plan_contact_reveals_are_refused_and_nothing_is_audited()
    {
        var city = await _data.CityAsync();
        var activity = (await PlanReveal.PlannedActivityAsync(_data, city, startsIn: 0)).ToString();
        var (client, officer) = (_data.Client(), _data.Officer(city));
        var cases = new (string Field, RevealPlanContactPhonesRequest Request)[]
        {
            ("reason", new() { ActivityId = activity, Reason = " " }),
            ("reason", new() { ActivityId = activity, Reason = new string('因', 501) }),
            ("activity_id", new() { ActivityId = new string('9', 500_000), Reason = "联系家属" }),
        };

        foreach (var (field, request) in cases)
        {
            Assert.Equal([field], await InvalidAsync(() => client.RevealPlanContactPhonesAsync(request, officer)));
        }

        Assert.Equal(["page_size", "page_token"], await InvalidAsync(() => client.ListPlanContactRevealsAsync(
            new() { ActivityId = activity, PageSize = int.MinValue, PageToken = new string('A', 101) }, officer)));
        Assert.Empty(await PlanReveal.AuditedAsync(_data, Guid.Parse(activity)));
    }

    private static Task<IReadOnlyList<string>> InvalidAsync<T>(Func<AsyncUnaryCall<T>> call) =>
        RpcAssert.InvalidFieldsAsync(() => call().ResponseAsync);

    private static SafetyDbContext Db(IServiceProvider services) => services.GetRequiredService<SafetyDbContext>();
}
