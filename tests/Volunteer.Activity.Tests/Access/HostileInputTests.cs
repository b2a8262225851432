using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Activity.Data;
using Volunteer.Contracts.Activity.V1;
using Volunteer.Testing;
using Volunteer.Messaging.Outbox;

namespace Volunteer.Activity.Tests.Access;

/// <summary>
/// Requests no honest client sends: each is refused with INVALID_ARGUMENT naming the field, and nothing
/// is written (no row, no event).
/// </summary>
public sealed class HostileInputTests(ActivityServiceHost host) : IClassFixture<ActivityServiceHost>
{
    private static readonly string Huge = new('字', 100_000);

    public static TheoryData<string, string> Plans_() => new()
    {
        { "request_id", "request_id" }, { "name", "name" }, { "year 9999", "starts_on" }, { "year 1", "ends_on" },
        { "thousand years", "ends_on" }, { "meeting days", "meeting_days" }, { "teams", "team_ids" },
        { "amount", "budget.amount" }, { "departs early", "departs_on" },
        { "mode exception", "mode_exception_reason" },
    };

    [Theory]
    [MemberData(nameof(Plans_))]
    public async Task A_spoiled_plan_names_its_field_and_writes_nothing(string spoil, string field)
    {
        var world = await host.WorldAsync();
        var plan = Plans.Teaching(world);
        Action<PlanActivityRequest> spoiler = spoil switch
        {
            "request_id" => p => p.RequestId = new string('r', 101),
            "name" => p => p.Name = Huge,
            "year 9999" => p => (p.StartsOn, p.EndsOn) = ("9999-12-30", "9999-12-31"),
            "year 1" => p => (p.StartsOn, p.EndsOn) = ("2027-05-10", "0001-01-01"),
            "thousand years" => p => (p.StartsOn, p.EndsOn, p.OutsideWindowReason) = ("2000-01-01", "2100-12-31", "长期"),
            "meeting days" => p => p.MeetingDays.Add(Enumerable.Repeat("2027-05-10", 10_000)),
            "teams" => p => p.TeamIds.Add(Enumerable.Range(0, 21).Select(_ => Guid.NewGuid().ToString())),
            "amount" => p => p.Budget.Amount = new string('9', 40),
            "mode exception" => p => p.ModeExceptionReason = new string('例', 501),
            _ => p => p.DepartsOn = "2026-01-01",
        };
        spoiler(plan);

        await RefusedAsync(field, () => Plans.Client(host).PlanActivityAsync(plan, world.ProvinceAdmin).ResponseAsync);
    }

    [Fact]
    public async Task Oversized_needs_outcomes_and_texts_are_refused_by_field()
    {
        var world = await host.WorldAsync();
        var client = Plans.Client(host);
        var site = (await client.RegisterSiteAsync(new RegisterSiteRequest
        {
            UnionId = world.City.Id, Name = "连州市中心小学", Kind = SiteKind.School, RegionCode = "441882", Mode = AssistanceMode.Designated,
        }, world.CityAdmin(host))).Site;
        var activity = await Plans.PlanAsync(host, world);
        var need = new RegisterNeedRequest
        {
            SiteId = site.Id, Title = "物理", Domain = ServiceDomain.Education, WishedFrom = "2027-05-01", WishedTo = "2027-05-30",
            RiskStatement = "无", Skills = { Enumerable.Repeat("物理", 1_000) },
        };
        var lines = new Outcomes { Summary = "完成", Donations = { Enumerable.Repeat(AttendanceTests.Outcomes().Donations[0], 101) } };
        var count = new Outcomes { Summary = "完成", Beneficiaries = { new Beneficiaries { Kind = BeneficiaryKind.Students, Count = int.MaxValue } } };

        await RefusedAsync("skills", () => client.RegisterNeedAsync(need, world.ProvinceAdmin).ResponseAsync);
        need.Skills.Clear();
        (need.WishedFrom, need.WishedTo) = ("2027-01-01", "2029-01-01");
        await RefusedAsync("wished_to", () => client.RegisterNeedAsync(need, world.ProvinceAdmin).ResponseAsync);
        var bigSite = new RegisterSiteRequest
        {
            UnionId = world.City.Id, Name = Huge, Kind = SiteKind.School, RegionCode = "441882", Mode = AssistanceMode.Designated,
        };
        await RefusedAsync("name", () => client.RegisterSiteAsync(bigSite, world.ProvinceAdmin).ResponseAsync);
        await RefusedAsync("outcomes.donations", () => client.CompleteActivityAsync(
            new CompleteActivityRequest { Id = activity.Id, Outcomes = lines }, world.ProvinceAdmin).ResponseAsync);
        await RefusedAsync("outcomes.beneficiaries[0].count", () => client.CompleteActivityAsync(
            new CompleteActivityRequest { Id = activity.Id, Outcomes = count }, world.ProvinceAdmin).ResponseAsync);
        await RefusedAsync("reason", () => client.CancelActivityAsync(
            new CancelActivityRequest { Id = activity.Id, Reason = Huge }, world.ProvinceAdmin).ResponseAsync);
    }

    [Fact]
    public async Task Invalid_timestamps_are_refused_by_field()
    {
        var unions = await TwoUnions.CreateAsync(host);
        var (world, client, a) = (unions.World, Plans.Client(host), unions.A);
        // Beyond the type's years both ways, nanos out of range, and 1970: valid but before any activity.
        Timestamp[] instants = [new() { Seconds = long.MaxValue }, new() { Seconds = -62_135_596_801 }, new() { Nanos = -1 },
            new() { Nanos = 1_000_000_000 }, new()];

        foreach (var instant in instants)
        {
            await RefusedAsync("check_in_time", () => client.CheckInAsync(new CheckInRequest
            {
                ActivityId = a.ActivityId, VolunteerId = a.VolunteerId, CheckInTime = instant, Place = "学校",
            }, world.Captain(host)).ResponseAsync);
            await RefusedAsync("check_out_time", () => client.CheckOutAsync(
                new CheckOutRequest { AttendanceId = a.AttendanceId, CheckOutTime = instant }, world.Captain(host)).ResponseAsync);
            await RefusedAsync("check_in_time", () => client.CorrectAttendanceAsync(new CorrectAttendanceRequest
            {
                AttendanceId = a.AttendanceId, CheckInTime = instant, CheckOutTime = instant, Reason = "补正",
            }, world.CityAdmin(host)).ResponseAsync);
        }
    }

    [Fact]
    public async Task Extreme_numbers_dates_and_tokens_of_lists_are_refused_by_field()
    {
        var world = await host.WorldAsync();
        var client = Plans.Client(host);
        var token = new string('A', 10_000);

        var admin = world.ProvinceAdmin;
        await RefusedAsync("year", () => client.GetCampaignAsync(new GetCampaignRequest { Year = int.MaxValue }, admin).ResponseAsync);
        await RefusedAsync("from", () => client.ListActivitiesAsync(new ListActivitiesRequest { From = "0001-01-01" }, admin).ResponseAsync);
        await RefusedAsync("page_size",
            () => client.ListActivitiesAsync(new ListActivitiesRequest { PageSize = int.MinValue }, admin).ResponseAsync);
        await RefusedAsync("page_token",
            () => client.ListActivitiesAsync(new ListActivitiesRequest { PageToken = token }, admin).ResponseAsync);
        await RefusedAsync("page_token", () => client.ListOverdueActivitiesAsync(
            new ListOverdueActivitiesRequest { PageToken = token }, world.ProvinceAdmin).ResponseAsync);
        await RefusedAsync("max_suggestions", () => client.SuggestTeamsAsync(
            new SuggestTeamsRequest { NeedId = Guid.NewGuid().ToString(), MaxSuggestions = int.MinValue }, world.ProvinceAdmin).ResponseAsync);
        await RefusedAsync("team_ids[0]", () => client.PlanActivityAsync(
            new PlanActivityRequest { TeamIds = { Huge } }, world.CityAdmin(host)).ResponseAsync);
    }

    [Fact]
    public async Task Oversized_interests_and_their_lists_are_refused_by_field()
    {
        var world = await host.WorldAsync();
        var client = Plans.Client(host);
        var activity = await Plans.PlanAsync(host, world);
        var self = world.Volunteer(host, world.VolunteerId);

        await RefusedAsync("note", () => client.ExpressInterestAsync(new ExpressInterestRequest
        {
            ActivityId = activity.Id, VolunteerId = world.VolunteerId, Note = Huge,
        }, self).ResponseAsync);
        await RefusedAsync("activity_id", () => client.ExpressInterestAsync(
            new ExpressInterestRequest { ActivityId = Huge, VolunteerId = world.VolunteerId }, self).ResponseAsync);
        await RefusedAsync("page_token", () => client.ListInterestsAsync(
            new ListInterestsRequest { ActivityId = activity.Id, PageToken = Huge }, world.CityAdmin(host)).ResponseAsync);
        Assert.Empty((await client.ListInterestsAsync(
            new ListInterestsRequest { ActivityId = activity.Id }, world.CityAdmin(host))).Interests);
        foreach (var (field, spoiled) in new (string, ListOpenActivitiesRequest)[]
        {
            // Too long, and well formed but neither a day nor an id inside.
            ("page_token", new() { PageToken = Huge }),
            ("page_token", new() { PageToken = "bm90LWEtZGF5Cm5vdC1hbi1pZA" }),
            ("page_size", new() { PageSize = -1 }), ("from", new() { From = "0001-01-01" }),
            ("to", new() { To = "2027-02-30" }), ("domain", new() { Domain = (ServiceDomain)99 }),
        })
        {
            await RefusedAsync(field, () => client.ListOpenActivitiesAsync(spoiled, self).ResponseAsync);
        }
    }

    private async Task RefusedAsync(string field, Func<Task> call)
    {
        var before = await WrittenAsync();
        var fields = await RpcAssert.InvalidFieldsAsync(call);

        Assert.Contains(field, fields);
        Assert.Equal(before, await WrittenAsync());
    }

    [Fact]
    public async Task Spoiled_updates_name_their_field_and_write_nothing()
    {
        var world = await host.WorldAsync();
        var (client, admin) = (Plans.Client(host), world.CityAdmin(host));
        var draft = await Plans.PlanAsync(host, world);
        var site = (await client.RegisterSiteAsync(new RegisterSiteRequest
        {
            UnionId = world.City.Id, Name = "连州市中心小学", Kind = SiteKind.School, RegionCode = "441882",
            Mode = AssistanceMode.Designated,
        }, admin)).Site;
        Task Update(IEnumerable<string> paths, ActivityChanges changes) => client.UpdateActivityAsync(
            new UpdateActivityRequest { Id = draft.Id, UpdateMask = new FieldMask { Paths = { paths } }, Activity = changes },
            admin).ResponseAsync;

        await RefusedAsync("update_mask", () => Update([], new ActivityChanges { Name = "无掩码" }));
        await RefusedAsync("update_mask", () => Update(["status"], new ActivityChanges()));
        await RefusedAsync("update_mask", () => Update([Huge], new ActivityChanges()));
        await RefusedAsync("update_mask",
            () => Update(Enumerable.Repeat("name", 16), new ActivityChanges { Name = "多" }));
        await RefusedAsync("activity.ends_on",
            () => Update(["ends_on"], new ActivityChanges { EndsOn = "2027-05-01" }));
        await RefusedAsync("activity.name", () => Update(["name"], new ActivityChanges { Name = Huge }));
        await RefusedAsync("activity.participant_ids",
            () => Update(["participant_ids"], new ActivityChanges { ParticipantIds = { Guid.NewGuid().ToString() } }));
        await RefusedAsync("etag", () => client.UpdateActivityAsync(new UpdateActivityRequest
        {
            Id = draft.Id, Etag = Huge, UpdateMask = new FieldMask { Paths = { "name" } },
            Activity = new ActivityChanges { Name = "长" },
        }, admin).ResponseAsync);
        await RefusedAsync("site.name", () => client.UpdateSiteAsync(new UpdateSiteRequest
        {
            Id = site.Id, UpdateMask = new FieldMask { Paths = { "name" } }, Site = new SiteChanges { Name = Huge },
        }, admin).ResponseAsync);
        await RefusedAsync("update_mask", () => client.UpdateSiteAsync(new UpdateSiteRequest
        {
            Id = site.Id, UpdateMask = new FieldMask { Paths = { "union_id" } },
        }, admin).ResponseAsync);
        await RefusedAsync("activity_id", () => client.ListEditHistoryAsync(
            new ListEditHistoryRequest { ActivityId = draft.Id, SiteId = site.Id }, admin).ResponseAsync);
    }

    private async Task<(int, int, int, int, int, int)> WrittenAsync()
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ActivityDbContext>();
        return (await db.Sites.CountAsync(), await db.Needs.CountAsync(), await db.Activities.CountAsync(),
            await db.Attendance.CountAsync(), await db.Set<OutboxMessage>().CountAsync(), await db.Edits.CountAsync());
    }
}
