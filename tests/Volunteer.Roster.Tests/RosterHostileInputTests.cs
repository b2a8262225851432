using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Testing;

namespace Volunteer.Roster.Tests;

/// <summary>Malformed and oversized requests: each INVALID_ARGUMENT naming the field, nothing written.</summary>
public sealed class RosterHostileInputTests(RosterServiceHost host) : IClassFixture<RosterServiceHost>
{
    private const string Given = "participation_consent.given_time";
    private static readonly string Long = new('号', 10_000);
    private readonly RosterTestData _data = new(host);

    public static TheoryData<string, Action<RegisterStaffVolunteerRequest>> Registrations => new()
    {
        { "request_id", r => r.RequestId = new string('k', 101) },
        { "national_volunteer_number", r => r.NationalVolunteerNumber = Long },
        { "honours", r => r.Honours.AddRange(Enumerable.Repeat(Honour(), 11)) },
        { "skills", r => r.Skills.AddRange(Enumerable.Range(0, 10_000).Select(i => $"技能{i}")) },
        { "emergency_contact.name", r => r.EmergencyContact = new EmergencyContact { Name = Long } },
        { "emergency_contact.relationship", r => r.EmergencyContact = new EmergencyContact { Relationship = Long } },
        { Given, r => r.ParticipationConsent.GivenTime = new() { Seconds = long.MinValue } },
        { Given, r => r.ParticipationConsent.GivenTime = new() { Nanos = -1 } },
        { Given, r => r.ParticipationConsent.GivenTime = Utc(1990) },
        { "participation_consent.text_version", r => r.ParticipationConsent.TextVersion = Long },
        { "sensitive_data_consent.given_time", r => r.SensitiveDataConsent.GivenTime = new() { Nanos = -1 } },
        { "sensitive_data_consent.text_version", r => r.SensitiveDataConsent.TextVersion = Long },
        { "licence.valid_until", r => r.Licence = new() { Kind = "医师执业证书", Number = "1", ValidUntil = "9999-12-31" } },
        { "licence.number", r => r.Licence = new ProfessionalLicence { Kind = "医师执业证书", Number = Long } },
        { "birth_date", r => r.BirthDate = "1800-01-01" },
        { "id_number", r => r.IdNumber = Long },
    };

    [Theory]
    [MemberData(nameof(Registrations))]
    public async Task A_hostile_registration_names_the_field_and_writes_nothing(
        string field, Action<RegisterStaffVolunteerRequest> spoil)
    {
        var union = await _data.CityAsync("440300", "深圳市教育工会");
        var idNumber = TestIdNumbers.Make("440304", RosterTestData.BirthDate, male: true);
        var request = RosterTestData.Registration(union.Id, idNumber);
        spoil(request);

        Assert.Contains(field, await RpcAssert.InvalidFieldsAsync(() => _data.RegisterAsync(request)));
        Assert.Empty((await _data.Client().ListStaffVolunteersAsync(
            new ListStaffVolunteersRequest { UnionSubtreeOf = union.Id }, _data.Province)).Volunteers);
    }

    [Fact]
    public async Task Hostile_numbers_days_and_keys_of_records_name_their_fields()
    {
        var world = await TwoUnions.CreateAsync(host);
        var client = _data.Client();
        var province = _data.Province;
        Task<IReadOnlyList<string>> Training(double hours, string date, string key = "") =>
            RpcAssert.InvalidFieldsAsync(() => client.RecordTrainingAsync(new RecordTrainingRequest
            {
                RequestId = key, VolunteerId = world.Member.Id,
                Training = new() { Kind = TrainingKind.Safety, Name = "安", Hours = hours, Organiser = "会", Date = date }
            }, province).ResponseAsync);

        double[] hostileHours = [double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue, -1];
        foreach (var hours in hostileHours)
        {
            Assert.Equal(["training.hours"], await Training(hours, "2018-04-01"));
        }

        Assert.Equal(["training.date"], await Training(2, "0001-01-01"));
        Assert.Equal(["request_id"], await Training(2, "2018-04-01", Long));
        var read = await client.GetStaffVolunteerAsync(new GetStaffVolunteerRequest { Id = world.Member.Id }, province);
        Assert.Empty(read.Trainings);
        Assert.Equal(["request_id"], await RpcAssert.InvalidFieldsAsync(() => client.CreateTeamAsync(new()
        {
            RequestId = Long, UnionId = world.A.Id, Name = "队", Specialty = TeamSpecialty.Health,
        }, province).ResponseAsync));
        Assert.Equal(["request_id"], await RpcAssert.InvalidFieldsAsync(() => client.CreateUnionAsync(new()
        {
            RequestId = Long, ParentId = world.A.Id, Kind = UnionKind.CountyEducation, RegionCode = "440106",
            Name = "天河",
        }, province).ResponseAsync));
        Assert.Equal(["second_of_level_reason"], await RpcAssert.InvalidFieldsAsync(() => client.CreateUnionAsync(new()
        {
            ParentId = world.A.Id, Kind = UnionKind.CountyEducation, RegionCode = "440106", Name = "天河",
            SecondOfLevelReason = new string('因', 501),
        }, province).ResponseAsync));
        Assert.Equal(["joined_on"], await RpcAssert.InvalidFieldsAsync(() => client.AddTeamMemberAsync(new()
        {
            TeamId = world.TeamA.Id, VolunteerId = world.OtherOfA.Id, Role = TeamRole.Volunteer,
            JoinedOn = "9999-12-31",
        }, province).ResponseAsync));
    }

    [Fact]
    public async Task Hostile_days_targets_filters_and_masks_name_their_fields()
    {
        var world = await TwoUnions.CreateAsync(host);
        var client = _data.Client();
        var province = _data.Province;
        var mask = new FieldMask();
        mask.Paths.AddRange(Enumerable.Range(0, 5_000).Select(i => $"{Long[..50]}{i}"));

        Assert.Equal(["date"], await RpcAssert.InvalidFieldsAsync(() => client.CheckEligibilityAsync(
            new() { VolunteerIds = { world.Member.Id }, Date = "0001-01-01" }, province).ResponseAsync));
        Assert.Equal(["union.targets.people", "union.targets.teams"], await RpcAssert.InvalidFieldsAsync(() =>
            client.UpdateUnionAsync(new UpdateUnionRequest
            {
                Union = new Union { Id = world.A.Id, Targets = new() { Teams = int.MaxValue, People = int.MinValue } },
                UpdateMask = new() { Paths = { "targets" } },
            }, province).ResponseAsync));
        Assert.Equal(["page_token", "skill"], await RpcAssert.InvalidFieldsAsync(() => client.ListStaffVolunteersAsync(
            new ListStaffVolunteersRequest { Skill = Long, PageToken = Long }, province).ResponseAsync));
        var update = new UpdateStaffVolunteerProfileRequest { Id = world.Member.Id, UpdateMask = mask };
        var maskError = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () =>
            client.UpdateStaffVolunteerProfileAsync(update, province).ResponseAsync);
        // One violation for the whole mask, not one per path: the answer stays small.
        Assert.True(maskError.Trailers.Sum(t => t.IsBinary ? t.ValueBytes.Length : t.Value.Length) < 4_000);
    }

    [Fact]
    public async Task Hostile_certificate_print_requests_name_their_fields_before_reporting_is_asked()
    {
        var world = await TwoUnions.CreateAsync(host);
        Task<IReadOnlyList<string>> Print(string key, string start, string end) =>
            RpcAssert.InvalidFieldsAsync(() => _data.Client().PrintCertificateAsync(new()
            {
                RequestId = key, VolunteerId = world.Member.Id, PeriodStart = start, PeriodEnd = end,
            }, _data.Province).ResponseAsync);

        Assert.Equal(["period_end", "period_start", "request_id"], await Print(Long, Long, "2026-02-30"));
        Assert.Equal(["period_end", "request_id"], await Print(" ", "2026-07-02", "2026-07-01"));
        Assert.Equal(["volunteer_id"], await RpcAssert.InvalidFieldsAsync(() => _data.Client().PrintCertificateAsync(
            new() { RequestId = "r", VolunteerId = Long, PeriodStart = "2026-07-01", PeriodEnd = "2026-07-31" },
            _data.Province).ResponseAsync));
    }

    [Fact]
    public async Task Hostile_team_names_masks_and_revocation_reasons_name_their_fields()
    {
        var world = await TwoUnions.CreateAsync(host);
        var client = _data.Client();
        var province = _data.Province;
        var mask = new FieldMask();
        mask.Paths.AddRange(Enumerable.Range(0, 5_000).Select(i => $"{Long[..50]}{i}"));

        Assert.Equal(["team.name"], await RpcAssert.InvalidFieldsAsync(() => client.UpdateTeamAsync(new()
        {
            Team = new Team { Id = world.TeamA.Id, Name = Long }, UpdateMask = new() { Paths = { "name" } },
        }, province).ResponseAsync));
        Assert.Equal(["update_mask"], await RpcAssert.InvalidFieldsAsync(() => client.UpdateTeamAsync(
            new UpdateTeamRequest { Team = new Team { Id = world.TeamA.Id }, UpdateMask = mask },
            province).ResponseAsync));
        Assert.Equal(["team.id"], await RpcAssert.InvalidFieldsAsync(() => client.UpdateTeamAsync(
            new UpdateTeamRequest { Team = new Team { Id = "队" } }, province).ResponseAsync));
        Assert.Equal(["reason"], await RpcAssert.InvalidFieldsAsync(() => client.RevokeVettingAsync(
            new RevokeVettingRequest { Id = world.Member.Id, Reason = Long }, province).ResponseAsync));
        var team = await client.GetTeamAsync(new GetTeamRequest { Id = world.TeamA.Id }, province);
        var member = await client.GetStaffVolunteerAsync(
            new GetStaffVolunteerRequest { Id = world.Member.Id }, province);
        Assert.Equal(world.TeamA.Name, team.Team.Name);
        Assert.Equal(VettingState.Approved, member.Volunteer.Vetting.State);
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
        ChineseText.AssertReadable(response.Rows[^1].Errors[0].Description, "The row limit");
    }

    private static Honour Honour() => new() { Kind = HonourKind.ModelWorker, Level = "省级", Year = 2010 };

    private static Timestamp Utc(int year) =>
        Timestamp.FromDateTime(new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc));
}
