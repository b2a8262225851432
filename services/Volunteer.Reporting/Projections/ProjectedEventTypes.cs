using Volunteer.Contracts.Events;

namespace Volunteer.Reporting.Projections;

/// <summary>Every event the read models are built from: consumed, logged and replayed by name.</summary>
public static class ProjectedEventTypes
{
    public static readonly IReadOnlyList<Type> All =
    [
        typeof(UnionRegistered), typeof(VolunteerRegistered), typeof(VolunteerVetted), typeof(VolunteerProfileChanged),
        typeof(TeamFormed), typeof(TeamActivated), typeof(TeamMemberJoined), typeof(TeamMemberLeft), typeof(TeamDisbanded),
        typeof(TeamRenamed), typeof(SiteUpdated), typeof(NeedUpdated),
        typeof(TrainingRecorded), typeof(AwardRecorded),
        typeof(SiteRegistered), typeof(NeedRegistered), typeof(NeedMatched), typeof(ActivityPlanned), typeof(ActivitySubmitted),
        typeof(ParticipantConfirmed), typeof(ParticipantWithdrew), typeof(ActivityStarted), typeof(AttendanceRecorded),
        typeof(AttendanceCorrected), typeof(HoursApproved), typeof(ActivityCompleted), typeof(ActivityRecorded),
        typeof(ActivityCancelled),
        typeof(PolicyRegistered), typeof(PersonsInsured), typeof(PolicyExpiring), typeof(SafetyPlanApproved),
        typeof(ActivityClearanceChanged), typeof(IncidentReported), typeof(IncidentClosed),
    ];

    private static readonly Dictionary<string, Type> ByName = All.ToDictionary(t => t.Name);

    public static Type Named(string name) =>
        ByName.TryGetValue(name, out var type) ? type : throw new InvalidOperationException($"No projection for event type {name}.");
}
