using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Roster.Tests;

namespace Volunteer.EndToEnd.Tests.Campaign;

/// <summary>
/// A team as the roster forms it: registered, vetted and trained volunteers and a union cadre under a captain.
/// </summary>
internal sealed record ServiceTeam(string UnionId, string TeamId, string TeamName, string CaptainId, IReadOnlyList<string> VolunteerIds)
{
    private static readonly string[] Names = ["李建国", "王秀英", "张伟", "刘芳", "陈磊"];

    /// <summary>Everyone on the team, captain first: all of them are proposed for the team's activities.</summary>
    public IReadOnlyList<string> Members => [CaptainId, .. VolunteerIds];

    /// <summary>One distinct skill per member, so a need wanting all of them proves every member reached matching.</summary>
    public static string SkillOf(int memberIndex) => $"送教技能{memberIndex + 1}";

    public static async Task<ServiceTeam> FormAsync(
        RosterService.RosterServiceClient roster, Metadata cityAdmin, string unionId, string name, int volunteers, string joinedOn, string trainedOn)
    {
        var team = (await roster.CreateTeamAsync(new CreateTeamRequest
        {
            RequestId = Guid.NewGuid().ToString(), UnionId = unionId, Name = name, Specialty = TeamSpecialty.Education,
        }, cityAdmin)).Team;
        var members = new List<string>();
        for (var i = 0; i <= volunteers; i++)
        {
            var id = await RegisterVettedAndTrainedAsync(roster, cityAdmin, unionId, i, trainedOn);
            await roster.AddTeamMemberAsync(new AddTeamMemberRequest
            {
                TeamId = team.Id, VolunteerId = id, JoinedOn = joinedOn,
                // A 服务分队 is formed of volunteers and union cadres: the last member is the team's cadre.
                Role = i == 0 ? TeamRole.Captain : i == volunteers ? TeamRole.UnionCadre : TeamRole.Volunteer,
            }, cityAdmin);
            members.Add(id);
        }

        return new ServiceTeam(unionId, team.Id, team.Name, members[0], members[1..]);
    }

    private static async Task<string> RegisterVettedAndTrainedAsync(
        RosterService.RosterServiceClient roster, Metadata cityAdmin, string unionId, int index, string trainedOn)
    {
        var male = index % 2 == 0;
        var birthDate = new DateOnly(1980 + index, 3, 10 + index);
        var volunteer = (await roster.RegisterStaffVolunteerAsync(new RegisterStaffVolunteerRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            UnionId = unionId,
            Name = Names[index % Names.Length],
            IdType = IdDocumentType.ResidentIdCard,
            IdNumber = TestIdNumbers.Make("440106", birthDate, male),
            Gender = male ? Gender.Male : Gender.Female,
            BirthDate = birthDate.ToString("yyyy-MM-dd"),
            Phone = $"1380013{index:D4}",
            Employer = "广州市第六中学",
            Profession = "中学教师",
            Skills = { SkillOf(index) },
            ParticipationConsent = new Consent { GivenTime = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 3, 1, 2, 0, 0, TimeSpan.Zero)), TextVersion = "2026-1" },
            SensitiveDataConsent = new Consent { GivenTime = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 3, 1, 2, 0, 0, TimeSpan.Zero)), TextVersion = "2026-1" },
        }, cityAdmin)).Volunteer;
        await roster.VetStaffVolunteerAsync(new VetStaffVolunteerRequest { Id = volunteer.Id, Decision = VettingState.Approved }, cityAdmin);
        // Preparation needs business, conduct and safety training (the program's default).
        foreach (var (kind, name) in new[] { (TrainingKind.Business, "志愿服务业务知识培训"), (TrainingKind.Conduct, "思想作风教育"),
                     (TrainingKind.Safety, "志愿服务安全培训") })
        {
            await roster.RecordTrainingAsync(new RecordTrainingRequest
            {
                RequestId = Guid.NewGuid().ToString(),
                VolunteerId = volunteer.Id,
                Training = new TrainingRecord
                {
                    Kind = kind, Name = name, Content = "交通、食宿与急救常识", Hours = 4, Organiser = "广州市教育工会", Date = trainedOn,
                },
            }, cityAdmin);
        }
        return volunteer.Id;
    }
}
