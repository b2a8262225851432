using Volunteer.Contracts.Roster.V1;

namespace Volunteer.Roster.Tests.Reach;

/// <summary>
/// Two unions (<see cref="TwoUnions"/>) and a volunteer of union A with an emergency contact, who confirmed
/// taking part in the activities of union A's team that the tests announce.
/// </summary>
internal sealed class ReachWorld(TwoUnions unions, StaffVolunteer participant)
{
    public const string ParticipantPhone = "13912345678";
    public const string ContactPhone = "020-87654321";

    public TwoUnions Unions => unions;

    public StaffVolunteer Participant => participant;

    public static async Task<ReachWorld> CreateAsync(RosterServiceHost host)
    {
        var unions = await TwoUnions.CreateAsync(host);
        var registration = RosterTestData.Registration(
            unions.A.Id, TestIdNumbers.Make("440102", RosterTestData.BirthDate, male: false));
        registration.Phone = ParticipantPhone;
        registration.EmergencyContact = new EmergencyContact { Name = "陈小红", Relationship = "配偶", Phone = ContactPhone };
        return new ReachWorld(unions, await new RosterTestData(host).RegisterAsync(registration));
    }

    public Task<Guid> ActivityAsync(int startsIn) =>
        AnnouncedActivities.SubmittedAsync(unions.Host, unions.A.Id, unions.TeamA.Id, startsIn, participant.Id);

    public Task WithdrawAsync(Guid activityId) => AnnouncedActivities.WithdrawnAsync(
        unions.Host, activityId, unions.A.Id, unions.TeamA.Id, participant.Id);

    public Task CancelAsync(Guid activityId) => AnnouncedActivities.CancelledAsync(unions.Host, activityId, unions.A.Id);

    public RevealContactPhonesRequest Request(Guid activityId, StaffVolunteer? volunteer = null) => new()
    {
        ActivityId = activityId.ToString(),
        VolunteerId = (volunteer ?? participant).Id,
        Reason = "队员在返程途中受伤，需联系家属",
    };
}
