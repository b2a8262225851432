using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Safety.V1;
using Volunteer.Testing;

namespace Volunteer.Safety.Tests;

public sealed class EnrolmentTests(SafetyServiceHost host) : IClassFixture<SafetyServiceHost>
{
    private readonly SafetyTestData _data = new(host);

    [Fact]
    public async Task Volunteers_enrolled_by_list_are_on_the_insured_list_once_however_often_it_is_sent()
    {
        var city = await _data.CityAsync();
        var policy = await _data.PolicyAsync(city);
        var first = await _data.VolunteerAsync(city, name: "张三");
        var second = await _data.VolunteerAsync(city, name: "李四");
        var request = new EnrolPersonsRequest { PolicyId = policy.Id, VolunteerIds = { first.ToString(), second.ToString() }, From = "2027-03-01", To = "2027-03-31" };
        await using var watch = await EventWatch.StartAsync(host.Messaging, "PersonsInsured");

        var enrolled = await _data.Client().EnrolPersonsAsync(request, _data.Officer(city));
        var again = await _data.Client().EnrolPersonsAsync(request, _data.Officer(city));
        var page1 = await _data.Client().ListInsuredPersonsAsync(new ListInsuredPersonsRequest { PolicyId = policy.Id, PageSize = 1 }, _data.Officer(city));
        var page2 = await _data.Client().ListInsuredPersonsAsync(
            new ListInsuredPersonsRequest { PolicyId = policy.Id, PageSize = 1, PageToken = page1.NextPageToken }, _data.Officer(city));
        var read = await _data.Client().GetPolicyAsync(new GetPolicyRequest { Id = policy.Id }, _data.Province);
        var published = await watch.NextAsync(m => m.GetProperty("policyId").GetString() == policy.Id);

        Assert.Equal(enrolled.Persons, again.Persons);
        Assert.Equal(["张三", "李四"], page1.Persons.Concat(page2.Persons).Select(p => p.VolunteerName).Order());
        Assert.Equal("", page2.NextPageToken);
        Assert.Equal(2, read.Policy.InsuredCount);
        Assert.Equal(2, published.GetProperty("persons").GetArrayLength());
        Assert.DoesNotContain("张三", published.ToString());
    }

    [Fact]
    public async Task The_same_people_enrolled_by_several_calls_at_once_are_insured_once_and_no_call_fails()
    {
        var city = await _data.CityAsync();
        var policy = await _data.PolicyAsync(city);
        var people = new List<Guid>();
        foreach (var name in new[] { "王五", "赵六", "孙七" })
        {
            people.Add(await _data.VolunteerAsync(city, name: name));
        }

        var request = new EnrolPersonsRequest { PolicyId = policy.Id, VolunteerIds = { people.Select(p => p.ToString()) }, From = "2027-04-01", To = "2027-04-30" };

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => _data.Client().EnrolPersonsAsync(request, _data.Officer(city)).ResponseAsync));
        var read = await _data.Client().GetPolicyAsync(new GetPolicyRequest { Id = policy.Id }, _data.Province);

        Assert.All(answers, a => Assert.Equal(3, a.Persons.Count));
        Assert.Equal(3, read.Policy.InsuredCount);
    }

    [Fact]
    public async Task Enrolling_an_activity_takes_its_confirmed_participants_for_its_days_with_travel()
    {
        var city = await _data.CityAsync();
        var policy = await _data.PolicyAsync(city);
        var participants = new[] { await _data.VolunteerAsync(city), await _data.VolunteerAsync(city) };
        var activity = await _data.ActivityAsync(city, participants);

        var enrolled = await _data.Client().EnrolPersonsAsync(new EnrolPersonsRequest { PolicyId = policy.Id, ActivityId = activity.ToString() }, _data.Officer(city));

        Assert.Equal(participants.Select(p => p.ToString()).Order(), enrolled.Persons.Select(p => p.VolunteerId).Order());
        Assert.All(enrolled.Persons, p => Assert.Equal(("2027-05-09", "2027-05-13", activity.ToString()), (p.From, p.To, p.ActivityId)));
    }

    [Fact]
    public async Task Bad_enrolments_name_every_field_and_change_nothing()
    {
        var city = await _data.CityAsync();
        var policy = await _data.PolicyAsync(city, from: new DateOnly(2027, 4, 1), to: new DateOnly(2027, 4, 30));
        var known = await _data.VolunteerAsync(city);
        var client = _data.Client();

        var shape = await RpcAssert.InvalidFieldsAsync(() => client.EnrolPersonsAsync(new EnrolPersonsRequest
        {
            PolicyId = policy.Id, VolunteerIds = { known.ToString(), known.ToString() }, ActivityId = Guid.NewGuid().ToString(), From = "April",
        }, _data.Province).ResponseAsync);
        var malformed = await RpcAssert.InvalidFieldsAsync(() => client.EnrolPersonsAsync(new EnrolPersonsRequest
        {
            PolicyId = policy.Id, VolunteerIds = { known.ToString(), "x" },
        }, _data.Province).ResponseAsync);
        var unknown = await RpcAssert.InvalidFieldsAsync(() => client.EnrolPersonsAsync(new EnrolPersonsRequest
        {
            PolicyId = policy.Id, VolunteerIds = { known.ToString(), Guid.NewGuid().ToString() },
        }, _data.Province).ResponseAsync);
        var outside = await RpcAssert.InvalidFieldsAsync(() => client.EnrolPersonsAsync(new EnrolPersonsRequest
        {
            PolicyId = policy.Id, VolunteerIds = { known.ToString() }, From = "2027-03-31", To = "2027-05-01",
        }, _data.Province).ResponseAsync);
        var nothing = await RpcAssert.InvalidFieldsAsync(() => client.EnrolPersonsAsync(new EnrolPersonsRequest { PolicyId = policy.Id }, _data.Province).ResponseAsync);
        var list = await client.ListInsuredPersonsAsync(new ListInsuredPersonsRequest { PolicyId = policy.Id }, _data.Province);

        Assert.Equal(["activity_id", "from", "volunteer_ids[1]"], shape);
        Assert.Equal(["volunteer_ids[1]"], malformed);
        Assert.Equal(["volunteer_ids[1]"], unknown);
        Assert.Equal(["from", "to"], outside);
        Assert.Equal(["volunteer_ids"], nothing);
        Assert.Empty(list.Persons);
    }

    [Fact]
    public async Task Coverage_names_the_policies_of_each_day_and_the_exact_gaps()
    {
        var city = await _data.CityAsync();
        var spring = await _data.PolicyAsync(city, travelCovered: false, from: new DateOnly(2027, 3, 1), to: new DateOnly(2027, 3, 20));
        var overlap = await _data.PolicyAsync(city, from: new DateOnly(2027, 3, 15), to: new DateOnly(2027, 3, 25));
        var volunteer = await _data.VolunteerAsync(city);
        var uncovered = await _data.VolunteerAsync(city);
        foreach (var policy in new[] { spring, overlap })
        {
            await _data.Client().EnrolPersonsAsync(new EnrolPersonsRequest { PolicyId = policy.Id, VolunteerIds = { volunteer.ToString() } }, _data.Province);
        }

        var coverage = await _data.Client().GetCoverageAsync(new GetCoverageRequest
        {
            VolunteerIds = { volunteer.ToString(), uncovered.ToString() }, From = "2027-02-27", To = "2027-03-31",
        }, _data.Officer(city));
        var own = await _data.Client().GetCoverageAsync(new GetCoverageRequest { VolunteerIds = { volunteer.ToString() }, From = "2027-03-01", To = "2027-03-01" },
            host.BearerToken(PlatformRoles.Volunteer, city.ToString(), volunteer.ToString()));

        var covered = coverage.Volunteers[0];
        Assert.Equal(
            [("2027-03-01", "2027-03-14", spring.Id), ("2027-03-15", "2027-03-20", $"{string.Join(",", new[] { spring.Id, overlap.Id }.Order())}"), ("2027-03-21", "2027-03-25", overlap.Id)],
            covered.Spans.Select(s => (s.Days.From, s.Days.To, string.Join(",", s.PolicyIds))));
        Assert.Equal([false, true, true], covered.Spans.Select(s => s.TravelCovered));
        Assert.Equal([("2027-02-27", "2027-02-28"), ("2027-03-26", "2027-03-31")], covered.Gaps.Select(g => (g.From, g.To)));
        Assert.Equal([("2027-02-27", "2027-03-31")], coverage.Volunteers[1].Gaps.Select(g => (g.From, g.To)));
        Assert.Single(own.Volunteers[0].Spans);
    }

    [Fact]
    public async Task Staff_insure_and_see_only_their_own_unions_volunteers_even_in_a_shared_activity()
    {
        var (city, elsewhere) = (await _data.CityAsync(), await _data.CityAsync());
        var policy = await _data.PolicyAsync(city);
        var own = await _data.VolunteerAsync(city, name: "张三");
        var guest = await _data.VolunteerAsync(elsewhere, name: "外单位志愿者");
        var activity = await _data.ActivityAsync(city, [own, guest]);
        var client = _data.Client();

        var byActivity = await client.EnrolPersonsAsync(
            new EnrolPersonsRequest { PolicyId = policy.Id, ActivityId = activity.ToString() }, _data.Officer(city));
        var byList = await RpcAssert.FailsAsync(StatusCode.NotFound, () => client.EnrolPersonsAsync(
            new EnrolPersonsRequest { PolicyId = policy.Id, VolunteerIds = { own.ToString(), guest.ToString() } },
            _data.Officer(city)).ResponseAsync);

        Assert.Equal([(own.ToString(), "张三")], byActivity.Persons.Select(p => (p.VolunteerId, p.VolunteerName)));
        Assert.Contains(guest.ToString(), byList.Status.Detail);
        Assert.DoesNotContain("外单位志愿者", byList.Status.Detail);
    }

    [Fact]
    public async Task Coverage_is_refused_outside_the_callers_volunteers_and_for_bad_ranges()
    {
        var city = await _data.CityAsync();
        var elsewhere = await _data.CityAsync();
        var volunteer = await _data.VolunteerAsync(city);
        var request = new GetCoverageRequest { VolunteerIds = { volunteer.ToString() }, From = "2027-01-01", To = "2027-01-31" };

        await RpcAssert.FailsAsync(StatusCode.NotFound, () => _data.Client().GetCoverageAsync(request, _data.Officer(elsewhere)).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => _data.Client().GetCoverageAsync(request,
            host.BearerToken(PlatformRoles.Volunteer, city.ToString(), Guid.NewGuid().ToString())).ResponseAsync);
        var fields = await RpcAssert.InvalidFieldsAsync(() => _data.Client().GetCoverageAsync(
            new GetCoverageRequest { VolunteerIds = { volunteer.ToString() }, From = "2027-01-01", To = "2028-06-01" }, _data.Province).ResponseAsync);
        var malformed = await RpcAssert.InvalidFieldsAsync(() => _data.Client().GetCoverageAsync(
            new GetCoverageRequest { VolunteerIds = { "nope" }, From = "2027-01-01", To = "2027-01-02" }, _data.Province).ResponseAsync);

        Assert.Equal(["to"], fields);
        Assert.Equal(["volunteer_ids[0]"], malformed);
    }
}
