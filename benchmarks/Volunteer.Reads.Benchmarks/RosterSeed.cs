using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Net.Client;
using Volunteer.Contracts.Roster.V1;

namespace Volunteer.Reads.Benchmarks;

/// <summary>
/// A city union under the provincial one with <see cref="Volunteers"/> registered volunteers, written through
/// roster's own RPCs so every row is as production makes it (encrypted and masked numbers, union paths).
/// </summary>
internal sealed record RosterSeed(Guid City, IReadOnlyList<Guid> Volunteers)
{
    private const int VolunteerCount = 2_000;
    private const int AtOnce = 8;
    private static readonly DateTimeOffset ConsentGiven = new(2026, 3, 1, 9, 0, 0, TimeSpan.FromHours(8));

    public static async Task<RosterSeed> WriteAsync(GrpcChannel channel, Metadata provincialAdmin)
    {
        var roster = new RosterService.RosterServiceClient(channel);
        var province = (await roster.CreateUnionAsync(new CreateUnionRequest
        {
            RequestId = "province", Kind = UnionKind.Provincial, RegionCode = "440000", Name = "广东省教科文卫工会",
            Targets = new UnionTargets { Teams = 100, People = 1000 },
        }, provincialAdmin)).Union;
        var city = (await roster.CreateUnionAsync(new CreateUnionRequest
        {
            RequestId = "city", ParentId = province.Id, Kind = UnionKind.CityEducation, RegionCode = "440100",
            Name = "广州市教育工会",
        }, provincialAdmin)).Union;

        var volunteers = new Guid[VolunteerCount];
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, AtOnce).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < VolunteerCount; i = Interlocked.Increment(ref next))
            {
                var registered = await roster.RegisterStaffVolunteerAsync(Registration(city.Id, i), provincialAdmin);
                volunteers[i] = Guid.Parse(registered.Volunteer.Id);
            }
        }));
        return new RosterSeed(Guid.Parse(city.Id), volunteers);
    }

    private static RegisterStaffVolunteerRequest Registration(string unionId, int i) => new()
    {
        RequestId = $"v{i}", UnionId = unionId, Name = $"志愿者{i}", IdType = IdDocumentType.Other,
        IdNumber = $"H{i:D8}", Gender = i % 2 == 0 ? Gender.Male : Gender.Female,
        BirthDate = new DateOnly(1970, 1, 1).AddDays(i % 10_000).ToString("yyyy-MM-dd"),
        Phone = $"138{i:D8}", Employer = "中心小学", Profession = "教师",
        ParticipationConsent = new Consent
        {
            GivenTime = Timestamp.FromDateTimeOffset(ConsentGiven), TextVersion = "2018-1",
        },
        SensitiveDataConsent = new Consent
        {
            GivenTime = Timestamp.FromDateTimeOffset(ConsentGiven), TextVersion = "2018-1",
        },
    };
}
