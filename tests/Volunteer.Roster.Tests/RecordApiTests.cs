using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Testing;

namespace Volunteer.Roster.Tests;

public sealed class RecordApiTests(RosterServiceHost host) : IClassFixture<RosterServiceHost>
{
    private readonly RosterTestData _data = new(host);

    [Fact]
    public async Task Trainings_and_awards_join_the_volunteers_record_and_retries_add_nothing()
    {
        var city = await _data.CityAsync("440100", "广州市教育工会");
        var volunteer = await _data.VolunteerAsync(city);
        var safety = new RecordTrainingRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            VolunteerId = volunteer.Id,
            Training = new TrainingRecord { Kind = TrainingKind.Safety, Name = "志愿服务安全培训", Hours = 2.5, Organiser = "广州市教育工会", Date = "2018-04-02" },
        };

        await _data.Client().RecordTrainingAsync(safety, _data.Province);
        await _data.Client().RecordTrainingAsync(safety, _data.Province);
        await _data.Client().RecordAwardAsync(new RecordAwardRequest
        {
            VolunteerId = volunteer.Id,
            Award = new Award { Name = "优秀志愿者", Date = "2018-11-20", GrantingBody = "广东省教科文卫工会" },
        }, _data.Province);
        var record = await _data.Client().GetStaffVolunteerAsync(new GetStaffVolunteerRequest { Id = volunteer.Id }, _data.Province);

        var training = Assert.Single(record.Trainings);
        Assert.Equal((TrainingKind.Safety, 2.5, "2018-04-02"), (training.Kind, training.Hours, training.Date));
        Assert.Equal("优秀志愿者", Assert.Single(record.Awards).Name);
    }

    [Fact]
    public async Task A_record_lists_each_training_and_award_once_in_date_order()
    {
        var city = await _data.CityAsync("440100", "广州市教育工会");
        var volunteer = await _data.VolunteerAsync(city);
        foreach (var (name, date) in new[] { ("急救培训", "2018-06-01"), ("安全培训", "2018-04-02"), ("教学培训", "2018-05-10") })
        {
            await _data.Client().RecordTrainingAsync(new RecordTrainingRequest
            {
                VolunteerId = volunteer.Id,
                Training = new TrainingRecord
                {
                    Kind = TrainingKind.Business, Name = name, Hours = 2, Organiser = "广州市教育工会", Date = date,
                },
            }, _data.Province);
        }

        foreach (var (name, date) in new[] { ("优秀志愿者", "2018-11-20"), ("服务之星", "2018-07-01") })
        {
            await _data.Client().RecordAwardAsync(new RecordAwardRequest
            {
                VolunteerId = volunteer.Id,
                Award = new Award { Name = name, Date = date, GrantingBody = "广东省教科文卫工会" },
            }, _data.Province);
        }

        var record = await _data.Client().GetStaffVolunteerAsync(
            new GetStaffVolunteerRequest { Id = volunteer.Id }, _data.Province);

        // Recorded out of date order, as unions enter certificates: the record shows them by date.
        Assert.Equal(["安全培训", "教学培训", "急救培训"], record.Trainings.Select(t => t.Name));
        Assert.Equal(["服务之星", "优秀志愿者"], record.Awards.Select(a => a.Name));
    }

    [Fact]
    public async Task A_record_with_bad_fields_names_them_and_one_outside_scope_is_refused()
    {
        var city = await _data.CityAsync("440100", "广州市教育工会");
        var other = await _data.CityAsync("440200", "韶关市教育工会");
        var volunteer = await _data.VolunteerAsync(city);

        var fields = await RpcAssert.InvalidFieldsAsync(() => _data.Client().RecordTrainingAsync(new RecordTrainingRequest
        {
            VolunteerId = volunteer.Id,
            Training = new TrainingRecord { Name = "", Hours = 0, Organiser = "x", Date = "2999-01-01" },
        }, _data.Province).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => _data.Client().RecordAwardAsync(new RecordAwardRequest
        {
            VolunteerId = volunteer.Id,
            Award = new Award { Name = "优秀志愿者", Date = "2018-11-20", GrantingBody = "韶关市教育工会" },
        }, host.BearerToken(PlatformRoles.UnionAdmin, unionId: other.Id)).ResponseAsync);

        Assert.Equal(["training.date", "training.hours", "training.kind", "training.name"], fields);
    }
}
