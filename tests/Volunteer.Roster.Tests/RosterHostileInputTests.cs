using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Testing;

namespace Volunteer.Roster.Tests;

/// <summary>Malformed and oversized requests: each refused as INVALID_ARGUMENT naming the field, nothing written.</summary>
public sealed class RosterHostileInputTests(RosterServiceHost host) : IClassFixture<RosterServiceHost>
{
    private static readonly string Long = new('号', 10_000);
    private readonly RosterTestData _data = new(host);

    public static TheoryData<string, Action<RegisterStaffVolunteerRequest>> Registrations => new()
    {
        { "request_id", r => r.RequestId = new string('k', 101) },
        { "national_volunteer_number", r => r.NationalVolunteerNumber = Long },
        { "honours", r => r.Honours.AddRange(Enumerable.Repeat(new Honour { Kind = HonourKind.ModelWorker, Level = "省级", Year = 2010 }, 11)) },
        { "skills", r => r.Skills.AddRange(Enumerable.Range(0, 10_000).Select(i => $"技能{i}")) },
        { "emergency_contact.name", r => r.EmergencyContact = new EmergencyContact { Name = Long } },
        { "emergency_contact.relationship", r => r.EmergencyContact = new EmergencyContact { Name = "王芳", Relationship = Long } },
        { "participation_consent.given_time", r => r.ParticipationConsent.GivenTime = new Timestamp { Seconds = long.MaxValue } },
        { "participation_consent.given_time", r => r.ParticipationConsent.GivenTime = new Timestamp { Seconds = 1, Nanos = -1 } },
        { "participation_consent.given_time", r => r.ParticipationConsent.GivenTime = Timestamp.FromDateTime(new DateTime(1990, 1, 1, 0, 0, 0, DateTimeKind.Utc)) },
        { "participation_consent.text_version", r => r.ParticipationConsent.TextVersion = Long },
        { "licence.valid_until", r => r.Licence = new ProfessionalLicence { Kind = "医师执业证书", Number = "1", ValidUntil = "9999-12-31" } },
        { "licence.number", r => r.Licence = new ProfessionalLicence { Kind = "医师执业证书", Number = Long } },
        { "birth_date", r => r.BirthDate = "1800-01-01" },
        { "id_number", r => r.IdNumber = Long },
    };

    [Theory]
    [MemberData(nameof(Registrations))]
    public async Task A_hostile_registration_names_the_field_and_writes_nothing(string field, Action<RegisterStaffVolunteerRequest> spoil)
    {
        var union = await _data.CityAsync("440300", "深圳市教育工会");
        var request = RosterTestData.Registration(union.Id, TestIdNumbers.Make("440304", RosterTestData.BirthDate, male: true));
        spoil(request);

        Assert.Contains(field, await RpcAssert.InvalidFieldsAsync(() => _data.RegisterAsync(request)));
        Assert.Empty((await _data.Client().ListStaffVolunteersAsync(
            new ListStaffVolunteersRequest { UnionSubtreeOf = union.Id }, _data.Province)).Volunteers);
    }

    [Fact]
    public async Task Hostile_numbers_days_keys_and_masks_name_their_fields()
    {
        var world = await TwoUnions.CreateAsync(host);
        var client = _data.Client();
        Task<IReadOnlyList<string>> Fields(Func<Task> call) => RpcAssert.InvalidFieldsAsync(call);
        RecordTrainingRequest Training(double hours, string date, string key = "") => new()
        {
            RequestId = key, VolunteerId = world.Member.Id,
            Training = new TrainingRecord { Kind = TrainingKind.Safety, Name = "安全", Hours = hours, Organiser = "工会", Date = date },
        };

        foreach (var hours in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue, -1 })
        {
            Assert.Equal(["training.hours"], await Fields(() => client.RecordTrainingAsync(Training(hours, "2018-04-01"), _data.Province).ResponseAsync));
        }

        Assert.Equal(["training.date"], await Fields(() => client.RecordTrainingAsync(Training(2, "0001-01-01"), _data.Province).ResponseAsync));
        Assert.Equal(["request_id"], await Fields(() => client.RecordTrainingAsync(Training(2, "2018-04-01", Long), _data.Province).ResponseAsync));
        Assert.Empty((await client.GetStaffVolunteerAsync(new GetStaffVolunteerRequest { Id = world.Member.Id }, _data.Province)).Trainings);
        Assert.Equal(["request_id"], await Fields(() => client.CreateTeamAsync(new CreateTeamRequest
        {
            RequestId = Long, UnionId = world.A.Id, Name = "队", Specialty = TeamSpecialty.Health,
        }, _data.Province).ResponseAsync));
        Assert.Equal(["request_id"], await Fields(() => client.CreateUnionAsync(new CreateUnionRequest
        {
            RequestId = Long, ParentId = world.A.Id, Kind = UnionKind.CountyEducation, RegionCode = "440106", Name = "天河区教育工会",
        }, _data.Province).ResponseAsync));
        Assert.Equal(["joined_on"], await Fields(() => client.AddTeamMemberAsync(new AddTeamMemberRequest
        {
            TeamId = world.TeamA.Id, VolunteerId = world.OtherOfA.Id, Role = TeamRole.Volunteer, JoinedOn = "9999-12-31",
        }, _data.Province).ResponseAsync));
        Assert.Equal(["date"], await Fields(() => client.CheckEligibilityAsync(
            new CheckEligibilityRequest { VolunteerIds = { world.Member.Id }, Date = "0001-01-01" }, _data.Province).ResponseAsync));
        Assert.Equal(["union.targets.people", "union.targets.teams"], await Fields(() => client.UpdateUnionAsync(new UpdateUnionRequest
        {
            Union = new Union { Id = world.A.Id, Targets = new UnionTargets { Teams = int.MaxValue, People = int.MinValue } },
            UpdateMask = new() { Paths = { "targets" } },
        }, _data.Province).ResponseAsync));
        Assert.Equal(["page_token", "skill"], await Fields(() => client.ListStaffVolunteersAsync(
            new ListStaffVolunteersRequest { Skill = Long, PageToken = Long }, _data.Province).ResponseAsync));
        var mask = new FieldMask();
        mask.Paths.AddRange(Enumerable.Range(0, 5_000).Select(i => $"{Long[..50]}{i}"));
        var maskError = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () => client.UpdateStaffVolunteerProfileAsync(
            new UpdateStaffVolunteerProfileRequest { Id = world.Member.Id, UpdateMask = mask }, _data.Province).ResponseAsync);
        Assert.True(maskError.Trailers.Sum(t => t.IsBinary ? t.ValueBytes.Length : t.Value.Length) < 4_000);
    }

    [Fact]
    public async Task An_import_reads_at_most_ten_thousand_rows_and_answers_the_next_as_refused()
    {
        using var call = _data.Client().ImportStaffVolunteers(_data.Province);
        try
        {
            foreach (var _ in Enumerable.Range(0, 10_005))
            {
                await call.RequestStream.WriteAsync(new ImportStaffVolunteersRequest());
            }

            await call.RequestStream.CompleteAsync();
        }
        catch (Exception e) when (e is RpcException or InvalidOperationException)
        {
            // The service stops reading after the limit and answers; later writes may find the call over.
        }

        var response = await call;

        Assert.Equal(10_001, response.Rows.Count);
        Assert.Equal((0, 10_001), (response.Imported, response.Rejected));
        Assert.Equal("row", Assert.Single(response.Rows[^1].Errors).Field);
        Assert.Contains("10000", response.Rows[^1].Errors[0].Description, StringComparison.Ordinal);
    }
}
