using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Reporting.V1;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Testing;
using Xunit;
using Award = Volunteer.Contracts.Roster.V1.Award;

namespace Volunteer.Roster.Tests.Exports;

/// <summary>
/// The five parts of a record (记录办法 §4) as the volunteer reads them: basics from roster, services with their
/// evaluation, trainings and awards from reporting, which learns the trainings and awards from roster's events.
/// </summary>
public sealed class WholeRecordTests(RosterWithNeighboursHost host) : IClassFixture<RosterWithNeighboursHost>
{
    private static readonly DateOnly Day = new(2026, 7, 1);
    private readonly RosterTestData _data = new(host);

    [Fact]
    public async Task A_volunteer_reads_every_part_of_their_own_record_and_nobody_out_of_reach_does()
    {
        var city = await _data.CityAsync("441400", "梅州市教育工会");
        var other = await _data.CityAsync("441500", "汕尾市教育工会");
        var (volunteer, _) = await ExportWorld.RegisterAsync(_data, city, "44140000001");
        var (colleague, _) = await ExportWorld.RegisterAsync(_data, city, "44140000002");
        await _data.Client().RecordTrainingAsync(new RecordTrainingRequest
        {
            VolunteerId = volunteer.Id,
            Training = new TrainingRecord
            {
                Kind = TrainingKind.Safety, Name = "志愿服务安全培训", Content = "山区交通与急救", Hours = 2.5,
                Organiser = "梅州市教育工会", Date = "2026-04-02",
            },
        }, _data.Province);
        await _data.Client().RecordAwardAsync(new RecordAwardRequest
        {
            VolunteerId = volunteer.Id,
            Award = new Award { Name = "优秀志愿者", Date = "2026-03-01", GrantingBody = "广东省教科文卫工会" },
        }, _data.Province);
        await ExportWorld.RecordAsync(host, city, [Day], [volunteer], evaluation: "服务质量优秀");
        var self = host.BearerToken(PlatformRoles.Volunteer, city.Id, volunteer.Id);

        var basics = (await _data.Client().GetStaffVolunteerAsync(
            new GetStaffVolunteerRequest { Id = volunteer.Id }, self)).Volunteer;
        var record = await Eventually.GetAsync(() => RecordAsync(volunteer, self),
            r => r.Trainings.Count == 1 && r.Awards.Count == 1);

        Assert.Equal(("陈志远", "1985-04-12", "138****5678", "广州市第六中学", "物理教学"),
            (basics.Name, basics.BirthDate, basics.PhoneMasked, basics.Employer, basics.Skills.Single()));
        Assert.Equal(volunteer.IdNumberMasked, basics.IdNumberMasked);
        var service = Assert.Single(record.Services);
        Assert.Equal(("2026-07-01", 6.5, "连州市第一小学", "物理实验课", "张队长", "梅州市教育工会", "服务质量优秀"),
            (service.Date, service.Hours, service.Place, service.Content, service.PersonInCharge,
                service.OrganiserUnionName, service.Evaluation));
        var training = record.Trainings.Single();
        Assert.Equal(("志愿服务安全培训", "山区交通与急救", 2.5, "梅州市教育工会", "2026-04-02"),
            (training.Name, training.Content, training.Hours, training.Organiser, training.Date));
        var award = record.Awards.Single();
        Assert.Equal(("优秀志愿者", "2026-03-01", "广东省教科文卫工会"), (award.Name, award.Date, award.GrantingBody));

        var otherVolunteer = host.BearerToken(PlatformRoles.Volunteer, city.Id, colleague.Id);
        var otherAdmin = host.BearerToken(PlatformRoles.UnionAdmin, other.Id);
        foreach (var stranger in new[] { otherVolunteer, otherAdmin })
        {
            await RpcAssert.FailsAsync(StatusCode.NotFound, () => _data.Client().GetStaffVolunteerAsync(
                new GetStaffVolunteerRequest { Id = volunteer.Id }, stranger).ResponseAsync);
            await RpcAssert.FailsAsync(StatusCode.NotFound, () => RecordAsync(volunteer, stranger));
        }
    }

    private async Task<ServiceRecord> RecordAsync(StaffVolunteer volunteer, Metadata caller) =>
        (await new ReportingService.ReportingServiceClient(host.Reporting.CreateChannel()).GetServiceRecordAsync(
            new GetServiceRecordRequest { VolunteerId = volunteer.Id }, caller)).Record;
}
